/** The words a screen reader hears when the selection or the filter changes. */
export class Announcer {
  message = $state('');

  say(message: string): void {
    // The same words twice in a row are not re-read by every screen reader: nudge them.
    this.message = message === this.message ? `${message}\u00a0` : message;
  }
}
