import { afterEach } from 'vitest';

/**
 * The setup every controller test shares: a function that puts a test host element (by tag) on
 * the page, optionally set up before it connects, and takes it off after each test.
 */
export function hostMounter<T extends HTMLElement>(tag: string): (setUp?: (host: T) => void) => T {
  const hosts: T[] = [];
  afterEach(() => hosts.splice(0).forEach((host) => host.remove()));
  return (setUp) => {
    const host = document.createElement(tag) as T;
    setUp?.(host);
    document.body.append(host);
    hosts.push(host);
    return host;
  };
}
