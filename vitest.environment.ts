/**
 * Node's globals with the browser's build of Svelte: the state tests need its client
 * runtime, where `$effect.root` and `flushSync` run (on the server's they do nothing).
 */
import type { Environment } from 'vitest/environments';

export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => {} }),
} satisfies Environment;
