/**
 * d3-zoom's listeners on the timeline's <svg>: wheel, drag, pinch and double-click,
 * and a sideways wheel (a trackpad swipe, Shift with a wheel) that pans through it.
 * Every programmatic move (buttons, keys, the URL, "bring into view") also goes through
 * this behaviour via `view.driver`, so its transform and the view's window never disagree.
 * Loaded on demand by zoom.svelte.ts.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { interpolate } from 'd3-interpolate';
import { untrack } from 'svelte';
import { makeScale } from '../lib/timeline/scale';
import { transformFor, windowOf } from '../lib/timeline/zoomWindow';
import { translateExtent } from '../lib/timeline/zoomLimits';
import { WHEEL_STEP_PX, wheelPan } from '../lib/timeline/wheelPan';
import { swipeAxis } from '../lib/timeline/swipeAxis';
import type { TimelineView } from '../state/view.svelte';

/** A wheel notch (deltaY 100) zooms by about x1.6, like the peers' zoom steps. */
const WHEEL_SENSITIVITY = 0.0068;
const ANIMATION_MS = 350;
/** How far a press may move and still be a click, px. */
const CLICK_PX = 4;

export function attachZoom(
  svg: SVGSVGElement,
  view: TimelineView,
  reducedMotion: () => boolean,
): () => void {
  const selection = select(svg);
  const base = () => makeScale(view.dataDomain, view.width);
  const behaviour = zoom<SVGSVGElement, unknown>()
    // A click that moves a pixel or two (a trackpad's, often) is still a click.
    .clickDistance(CLICK_PX)
    // Straight from one window to the next: the default smooth zoom widens the view
    // first whenever the centre moves, so "+" seemed to zoom out before zooming in.
    .interpolate(interpolate)
    .wheelDelta(
      (event: WheelEvent) =>
        -event.deltaY * (event.deltaMode ? WHEEL_STEP_PX : 1) * WHEEL_SENSITIVITY,
    )
    // Drags that start on a mark still pan; a double-click on a mark is not a zoom.
    .filter((event: Event) => {
      if ((event as MouseEvent).button) return false;
      if (event.type === 'wheel') return wheelPan(event as WheelEvent) === null;
      return event.type !== 'dblclick' || !(event.target as Element).closest('[data-event-id]');
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const [from, to] = windowOf(event.transform, base());
      if (Number.isFinite(from) && Number.isFinite(to) && to > from) view.window = [from, to];
    });

  /** The view's limits and its current window, on the base scale of its width and data. */
  const applyView = () => {
    const { width, dataDomain, extent } = view;
    // A hidden timeline (a slide not shown yet) has no width: nothing to fit until it has.
    if (width <= 0) return;
    behaviour
      .scaleExtent(extent)
      .translateExtent(translateExtent(dataDomain, width))
      .extent([
        [0, 0],
        [width, 1],
      ]);
    const window = untrack(() => view.window);
    selection.interrupt().call(behaviour.transform, transformFor(window, base()));
  };
  // Width or data changed: new limits, and the same window on the new base scale.
  const stop = $effect.root(() => {
    $effect(applyView);
  });

  view.driver = ({ window, animate }) => {
    const target = transformFor(window, base());
    if (animate && !reducedMotion()) {
      selection.interrupt().transition().duration(ANIMATION_MS).call(behaviour.transform, target);
    } else {
      selection.interrupt().call(behaviour.transform, target);
    }
  };
  // A sideways wheel pans through the behaviour, so the translate limits hold and the
  // transform stays the view's. It is cancelled, or a swipe would also go back a page.
  const panByWheel = (event: WheelEvent) => {
    const pixels = wheelPan(event);
    if (pixels === null) return;
    event.preventDefault();
    selection.interrupt();
    behaviour.translateBy(selection, -pixels / zoomTransform(svg).k, 0);
  };
  svg.addEventListener('wheel', panByWheel, { passive: false });
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
    // touch began (here, often, loading this very chunk), and reports each attempt to
    // cancel one as a console error. Such a move is still taken; the attempt is skipped.
    if (!event.cancelable) Object.defineProperty(event, 'preventDefault', { value: () => {} });
  };
  svg.addEventListener('touchstart', onTouchStart, { capture: true });
  svg.addEventListener('touchmove', onTouchMove, { capture: true });
  selection.call(behaviour);
  // At once, not when the effect first runs: the gesture that loaded this chunk is
  // replayed as soon as it returns, and would otherwise start from the fitted view.
  applyView();

  return () => {
    svg.removeEventListener('wheel', panByWheel);
    svg.removeEventListener('touchstart', onTouchStart, { capture: true });
    svg.removeEventListener('touchmove', onTouchMove, { capture: true });
    stop();
    view.driver = null;
    selection.interrupt().on('.zoom', null);
  };
}
