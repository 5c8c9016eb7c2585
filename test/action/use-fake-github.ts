/**
 * The fake GitHub server of a test file: a fresh server per test, started before it and stopped
 * after it. `const gh = useFakeGitHub('owner/repo', (gh) => …)` stands for the current test's
 * server (a forwarding handle: every property and method is that server's), and `setUp` gives
 * each new server what every test of the file needs (teams, members, commits).
 */
import { afterEach, beforeEach } from 'vitest';
import { FakeGitHub } from './fake-github.js';

export function useFakeGitHub(
  repository = 'octo-org/octo-repo',
  setUp: (gh: FakeGitHub) => void = () => {},
): FakeGitHub {
  let current: FakeGitHub | undefined;
  beforeEach(async () => {
    current = new FakeGitHub(repository);
    await current.start();
    setUp(current);
  });
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  const server = (): FakeGitHub => {
    if (current === undefined) throw new Error('the fake GitHub server runs only inside a test');
    return current;
  };
  return new Proxy({} as FakeGitHub, {
    get(_, key) {
      const target = server();
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set(_, key, value) {
      return Reflect.set(server(), key, value);
    },
  });
}
