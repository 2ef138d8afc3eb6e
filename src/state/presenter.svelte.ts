/**
 * Presenter mode: whether the timeline is on its stage as a presentation, and what a
 * presenter does there beside moving between stops (commands.next and prev): blank the
 * stage, fill the screen, let stops advance on their own (autoplay) or pause them.
 */
import type { Config } from '../lib/url/config';

export class Presenter {
  /** The stage shows the presentation: ?present=1, or the Present button. */
  active = $state(false);
  blank = $state(false);
  /** Autoplay is held: by any key, or by the host's `slide:stop`. */
  paused = $state(false);
  /** Seconds per stop when stops advance on their own, or null. */
  readonly autoplay: number | null;
  /** Whether Esc may leave: a presentation started from the button, not an embed's. */
  leavable = $state(false);
  /** Set by the stage: takes the keyboard's focus, so a clicker's keys reach it. */
  focus: (() => void) | null = null;

  constructor(config: Config) {
    this.active = config.present;
    this.autoplay = config.autoplay;
  }

  /** Start presenting from the full app; Esc or Exit comes back. */
  start(): void {
    this.active = true;
    this.leavable = true;
  }

  stop(): void {
    if (!this.leavable) return;
    this.active = false;
    this.blank = false;
    this.leavable = false;
  }

  toggleBlank(): void {
    this.blank = !this.blank;
  }
}
