/**
 * d3-zoom's listeners on the timeline's <svg>: wheel, drag, pinch and double-click, and
 * a sideways wheel (a trackpad swipe, Shift with a wheel) that pans. A gesture becomes a
 * window that goes through the commands like any button's; d3-zoom's own transform then
 * follows the view's window, whoever moved it, so the two never disagree.
 */
import type { Attachment } from 'svelte/attachments';
import { pointer, select } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { makeScale } from '../lib/timeline/scale';
import { transformFor, windowOf } from '../lib/timeline/zoomWindow';
import { wheelPan, wheelZoom } from '../lib/timeline/wheel';
import { swipeAxis } from '../lib/timeline/swipeAxis';
import type { TimelineView } from '../state/view.svelte';
import type { Commands } from '../state/commands.svelte';

/** How far a press may move and still be a click, px. */
const CLICK_PX = 4;

/** Transforms this close are the same view: a window back from d3-zoom is a few ms off. */
function same(a: ZoomTransform, b: ZoomTransform): boolean {
  return Math.abs(a.k / b.k - 1) < 1e-9 && Math.abs(a.x - b.x) < 1e-6;
}

export function zoomable(view: TimelineView, commands: Commands): Attachment<SVGSVGElement> {
  return (svg) => {
    const selection = select(svg);
    const base = () => makeScale(view.dataDomain, view.width);
    // Set while d3-zoom is told the view's window: its 'zoom' event is then no gesture.
    // d3-zoom gives a transform set in the middle of a wheel gesture (the wheel's 150 ms
    // after its last notch, or a trackpad's momentum) that gesture's wheel event as its
    // source: "Show all" pressed just after a wheel was taken for more of the wheel,
    // which stopped its glide at the first frame, still zoomed out.
    let following = false;
    const behaviour = zoom<SVGSVGElement, unknown>()
      // A click that moves a pixel or two (a trackpad's, often) is still a click.
      .clickDistance(CLICK_PX)
      // It jumps, never animates: the view glides on its own, and d3-zoom follows it.
      .duration(0)
      // Gestures are held to the same limits as every command (view.legal), so d3-zoom
      // never goes where the view will not follow.
      .constrain((transform) => transformFor(view.legal(windowOf(transform, base())), base()))
      .wheelDelta((event: WheelEvent) => wheelZoom(event))
      // Drags that start on a mark still pan; a double-click is ours (below).
      .filter((event: Event) => {
        if ((event as MouseEvent).button) return false;
        if (event.type === 'wheel') return wheelPan(event as WheelEvent) === null;
        return event.type !== 'dblclick';
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Only gestures: a transform set below to follow the view is none.
        if (following || !event.sourceEvent) return;
        const window = windowOf(event.transform, base());
        if (window.every(Number.isFinite) && window[1] > window[0]) commands.setWindow(window);
      });

    // d3-zoom follows the view: its limits for this width and data, and its transform
    // for the window, whoever set it.
    $effect(() => {
      const { width, extent, window } = view;
      // A hidden timeline (a slide not shown yet) has no width: nothing to fit until it has.
      if (width <= 0) return;
      behaviour.scaleExtent(extent).extent([
        [0, 0],
        [width, 1],
      ]);
      const target = transformFor(window, base());
      if (same(zoomTransform(svg), target)) return;
      following = true;
      try {
        selection.call(behaviour.transform, target);
      } finally {
        following = false;
      }
    });

    // A sideways wheel pans, and is cancelled, or a swipe would also go back a page.
    const panByWheel = (event: WheelEvent) => {
      const pixels = wheelPan(event);
      if (pixels === null) return;
      event.preventDefault();
      const [from, to] = view.window;
      const shift = (pixels / view.width) * (to - from);
      commands.setWindow([from + shift, to + shift]);
    };
    svg.addEventListener('wheel', panByWheel, { passive: false });
    // A double-click zooms in around the time under it (out with Shift), gliding as a
    // button's zoom does; on a mark it only selects.
    const zoomByClick = (event: MouseEvent) => {
      if ((event.target as Element).closest('[data-event-id]')) return;
      const [x] = pointer(event, svg);
      commands.zoomBy(event.shiftKey ? 0.5 : 2, { anchor: +view.scale.invert(x) });
    };
    svg.addEventListener('dblclick', zoomByClick);
    // The timeline lets the browser scroll the page up and down (touch-action: pan-y),
    // but d3-zoom cancels every touchmove it handles, which would stop that scroll. So a
    // one-finger swipe is kept from d3-zoom until it is known to go sideways, and for
    // good once it goes up or down; two fingers (a pinch) are always d3-zoom's.
    let swipe: { x: number; y: number; axis: 'x' | 'y' | null } | null = null;
    const onTouchStart = (event: TouchEvent) => {
      const [touch] = event.touches;
      swipe =
        touch && event.touches.length === 1
          ? { x: touch.clientX, y: touch.clientY, axis: null }
          : null;
    };
    const onTouchMove = (event: TouchEvent) => {
      const [touch] = event.touches;
      if (swipe && touch) {
        swipe.axis ??= swipeAxis(touch.clientX - swipe.x, touch.clientY - swipe.y);
        if (swipe.axis !== 'x') {
          event.stopImmediatePropagation();
          return;
        }
      }
      // Chromium sends a touch's moves as not cancelable when the page was busy as the
      // touch began, and reports each attempt to cancel one as a console error. Such a
      // move is still taken; the attempt is skipped.
      if (!event.cancelable) Object.defineProperty(event, 'preventDefault', { value: () => {} });
    };
    svg.addEventListener('touchstart', onTouchStart, { capture: true });
    svg.addEventListener('touchmove', onTouchMove, { capture: true });
    selection.call(behaviour);

    return () => {
      svg.removeEventListener('wheel', panByWheel);
      svg.removeEventListener('dblclick', zoomByClick);
      svg.removeEventListener('touchstart', onTouchStart, { capture: true });
      svg.removeEventListener('touchmove', onTouchMove, { capture: true });
      selection.on('.zoom', null);
    };
  };
}
