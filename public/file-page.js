// Opened from a folder (file:), the browser runs no module script, so the app never
// starts and the page would stay blank. This classic script, which prefetch.js starts
// only then, says why and what to do, in the page's language. Built from elements and
// text, never markup.
(function () {
  if (location.protocol !== 'file:') return;
  // As the app chooses (src/lib/url/config.ts): ?lang=, else the first of the browser's
  // languages it speaks, else English.
  function language() {
    var asked = new URLSearchParams(location.search).get('lang');
    if (asked === 'en' || asked === 'ja') return asked;
    var tags = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < tags.length; i++) {
      var primary = String(tags[i]).split('-')[0].toLowerCase();
      if (primary === 'en' || primary === 'ja') return primary;
    }
    return 'en';
  }
  var ja = language() === 'ja';
  var WORDS = {
    en: {
      title: 'Open this page through a web server',
      why: 'Browsers do not run the timeline’s code from a file:// address, so this page stays empty when its index.html is opened from a folder.',
      serve: [
        'To see the timeline, serve the folder: run ',
        'npm run preview',
        ' in the project, or any static web server in this folder (for example ',
        'python3 -m http.server',
        '), and open the address it prints.',
      ],
      single: [
        'For a laptop with no server or network, build the single file with ',
        'npm run build:single',
        ': its dist-single/index.html opens from a folder.',
      ],
    },
    ja: {
      title: 'このページはウェブサーバー経由で開いてください',
      why: 'ブラウザーは file:// のアドレスからタイムラインのプログラムを実行しないため、フォルダーから index.html を開くとこのページは空のままになります。',
      serve: [
        '表示するには、プロジェクトで ',
        'npm run preview',
        ' を実行するか、このフォルダーで任意の静的ウェブサーバー（例：',
        'python3 -m http.server',
        '）を起動し、表示されたアドレスを開いてください。',
      ],
      single: [
        'サーバーもネットワークもないパソコンでは、',
        'npm run build:single',
        ' で単一ファイル版を作成してください。dist-single/index.html はフォルダーから開けます。',
      ],
    },
  };
  var words = ja ? WORDS.ja : WORDS.en;

  /** A paragraph of text with every other piece a command, in <code>. */
  function paragraph(pieces) {
    var p = document.createElement('p');
    for (var i = 0; i < pieces.length; i++) {
      var piece = document.createElement(i % 2 ? 'code' : 'span');
      piece.textContent = pieces[i];
      p.appendChild(piece);
    }
    return p;
  }

  function show() {
    var root = document.documentElement;
    root.lang = ja ? 'ja' : 'en';
    // The hook hosts and tests read: this page will not get ready.
    root.setAttribute('data-state', 'error');
    var main = document.createElement('main');
    // Styles through the CSSOM, which a style-src policy allows; the app's own
    // stylesheet is not read from a folder either.
    main.style.maxWidth = '40rem';
    main.style.margin = '3rem auto';
    main.style.padding = '0 1.5rem';
    main.style.font = '1rem/1.5 system-ui, sans-serif';
    var heading = document.createElement('h1');
    heading.textContent = words.title;
    heading.style.fontSize = '1.5rem';
    main.appendChild(heading);
    main.appendChild(paragraph([words.why]));
    main.appendChild(paragraph(words.serve));
    main.appendChild(paragraph(words.single));
    var app = document.getElementById('app');
    if (app) app.replaceWith(main);
    else document.body.appendChild(main);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
