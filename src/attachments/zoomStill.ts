/**
 * Stands in for d3-transition and d3-interpolate, which d3-zoom imports only to animate a
 * zoom: to run and interrupt its transitions, and to interpolate between two views. This
 * timeline never lets it: the view glides by itself (TimelineView.moveTo) and d3-zoom
 * jumps to follow it, with its duration at 0 and the double-click zoom ours
 * (zoom.svelte.ts). So there is never a transition to interrupt nor two views to go
 * between, and neither library (with the colour code d3-interpolate brings, 10 KB
 * gzipped in all, a seventh of the first load) is shipped. vite.config.ts points both
 * here; were d3-zoom ever asked to animate, `interpolateZoom` says so at once.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

selection.prototype.interrupt = function () {
  return this;
};

export function interpolateZoom(): never {
  throw new Error('d3-zoom never animates here: the view glides in TimelineView.moveTo');
}
