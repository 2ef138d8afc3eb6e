import { describe, expect, it } from 'vitest';
import { presenterAction, type Press } from './keys';

const press = (key: string, more: Partial<Press> = {}): Press => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...more,
});

describe('presenterAction', () => {
  it.each([
    ['PageDown', 'next'],
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageUp', 'prev'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blank'],
    ['.', 'blank'],
    ['F', 'fullscreen'],
    ['Escape', 'escape'],
  ])('%j means %s', (key, action) => {
    expect(presenterAction(press(key))).toBe(action);
  });

  it('Shift with Space goes back', () => {
    expect(presenterAction(press(' ', { shiftKey: true }))).toBe('prev');
  });

  it('leaves keys with Ctrl, Cmd or Alt, and other keys, to the browser', () => {
    expect(presenterAction(press('PageDown', { ctrlKey: true }))).toBeNull();
    expect(presenterAction(press('f', { metaKey: true }))).toBeNull();
    expect(presenterAction(press('F5'))).toBeNull();
    expect(presenterAction(press('x'))).toBeNull();
  });
});
