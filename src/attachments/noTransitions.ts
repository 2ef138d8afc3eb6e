/**
 * Stands in for d3-transition, which d3-zoom imports only to interrupt the transitions
 * it would run to animate a zoom. This timeline runs none: the view glides by itself
 * (TimelineView.moveTo) and d3-zoom jumps to follow it, with its duration at 0 and the
 * double-click zoom ours (zoom.svelte.ts). So there is never anything to interrupt, and
 * d3-transition (5 KB gzipped of the first load) is not shipped. vite.config.ts points d3-transition here.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

selection.prototype.interrupt = function () {
  return this;
};
