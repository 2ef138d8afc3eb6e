import { describe, expect, it } from 'vitest';
import { STYLE, withStyles } from './standalone';

describe('withStyles', () => {
  it('makes the styles held in a copy its style attributes', () => {
    expect(
      withStyles(
        `<svg><rect ${STYLE}="fill:#1f5fbf" width="2"/><text ${STYLE}="x:1">a</text></svg>`,
      ),
    ).toBe('<svg><rect style="fill:#1f5fbf" width="2"/><text style="x:1">a</text></svg>');
  });

  it('leaves text that only looks like one as it is', () => {
    const markup = `<svg><title>a ${STYLE}="b"</title><desc x="&lt; ${STYLE}=&quot;"/></svg>`;
    expect(withStyles(markup)).toBe(markup);
  });
});
