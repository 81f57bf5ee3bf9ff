import { describe, expect, it } from 'vitest';
import { loadMessages, namespacesOf } from './messages';

describe('messages', () => {
  it('loads every namespace file of the locale', async () => {
    const namespaces = namespacesOf('nl');
    expect(namespaces).toEqual(expect.arrayContaining(['app', 'auth', 'errors', 'home', 'nav']));
    const messages = await loadMessages('nl');
    expect(Object.keys(messages).sort()).toEqual(namespaces);
    expect((messages.app as { name: string }).name).toBe('Bouwen aan vertrouwen');
  });
});
