/**
 * The one place D3 touches the DOM: d3-zoom's listeners on the timeline's <svg>, for
 * wheel, drag, pinch and double-click. Every zoom, whether a gesture, a button, a key or
 * the URL, goes through this behaviour (`view.driver`), so its transform and the view's
 * window never disagree.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { makeScale, type Domain } from '../lib/timeline/scale';
import { translateExtent } from '../lib/timeline/zoomLimits';
import type { TimelineView } from '../state/view.svelte';

/** A wheel notch (deltaY 100) zooms by about x1.6, like the peers' zoom buttons. */
const WHEEL_SENSITIVITY = 0.0068;
const ANIMATION_MS = 350;

/** The transform that shows `window` on a base scale fitted to `domain`. */
export function transformFor(window: Domain, domain: Domain, width: number): ZoomTransform {
  const k = (domain[1] - domain[0]) / (window[1] - window[0]);
  const base = makeScale(domain, width);
  return zoomIdentity.translate(-k * base(new Date(window[0])), 0).scale(k);
}

export function zoomable(
  view: TimelineView,
  reducedMotion: () => boolean,
): Attachment<SVGSVGElement> {
  return (svg) => {
    const selection = select(svg);
    const behaviour = zoom<SVGSVGElement, unknown>()
      .wheelDelta(
        (event: WheelEvent) => -event.deltaY * (event.deltaMode ? 40 : 1) * WHEEL_SENSITIVITY,
      )
      // Drags that start on a mark still pan; double-clicks on a mark select, not zoom.
      .filter((event: Event) => {
        const mouse = event as MouseEvent;
        if (mouse.button) return false;
        if (event.type === 'dblclick') return !(event.target as Element).closest('[data-event-id]');
        return true;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const base = makeScale(view.dataDomain, view.width);
        const [from, to] = event.transform.rescaleX(base).domain();
        view.window = [+from!, +to!];
      });

    // Width or data changed: new limits, and the same window on the new base scale.
    $effect(() => {
      const { width, dataDomain, extent } = view;
      behaviour.scaleExtent(extent).translateExtent(translateExtent(dataDomain, width));
      behaviour.extent([
        [0, 0],
        [width, 1],
      ]);
      const window = untrack(() => view.window);
      selection.interrupt().call(behaviour.transform, transformFor(window, dataDomain, width));
    });

    view.driver = ({ window, animate }) => {
      const target = transformFor(window, view.dataDomain, view.width);
      if (animate && !reducedMotion()) {
        selection.interrupt().transition().duration(ANIMATION_MS).call(behaviour.transform, target);
      } else {
        selection.interrupt().call(behaviour.transform, target);
      }
    };
    selection.call(behaviour);

    return () => {
      view.driver = null;
      selection.interrupt().on('.zoom', null);
    };
  };
}
