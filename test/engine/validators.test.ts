import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  base62,
  crc32,
  githubChecksum,
  isWrittenPlaceholder,
  VALIDATORS,
  validateBasicAuth,
  validateConnectionUri,
  validateGcpServiceAccount,
  validateGithubChecksum,
  validateGroqMarker,
  validateJwt,
  validateNpmChecksum,
  validateOpenaiMarker,
  validatePrivateKey,
} from '../../src/core/secret/validators.js';
import { ALNUM, checksummedToken, generator, jwtOf, pemKey, randomAlnum } from './helpers.js';

describe('crc32 and base62', () => {
  test.each([
    ['', 0],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926], // the CRC-32/IEEE check value
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j)', (input, expected) => {
    expect(crc32(input)).toBe(expected);
  });

  test('agrees with zlib on random strings', () => {
    const zlibCrc = (zlib as { crc32?: (data: string) => number }).crc32;
    const gen = generator(3);
    for (let i = 0; i < 200; i++) {
      const s = gen(ALNUM, 1 + (i % 40));
      if (zlibCrc !== undefined) expect(crc32(s)).toBe(zlibCrc(s));
      // Independent bitwise CRC-32 so the check holds where zlib.crc32 is missing.
      let c = 0xffffffff;
      for (const byte of Buffer.from(s)) {
        c ^= byte;
        for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
      }
      expect(crc32(s)).toBe((c ^ 0xffffffff) >>> 0);
    }
  });

  test.each([
    [0, 6, '000000'],
    [61, 6, '00000z'],
    [62, 6, '000010'],
    [0xffffffff, 6, '4gfFC3'],
    [3843, 2, 'zz'],
  ])('base62(%d, %d) = %s', (value, width, expected) => {
    expect(base62(value, width)).toBe(expected);
  });

  test('githubChecksum matches the published example (random part and checksum from GitHub-style docs)', () => {
    // From the public description of the token format: 30 random characters, CRC32, base62.
    const random = ['zQWBuTSOoRi4A9sp', 'HcVY5ncnsDkxkJ'].join('');
    expect(githubChecksum(random)).toBe('0mLq17');
  });
});

describe('checksummed tokens', () => {
  const ghp = ['gh', 'p_'].join('');
  const gho = ['gh', 'o_'].join('');
  const npm = ['np', 'm_'].join('');
  test.each([
    ['github ghp valid', validateGithubChecksum, checksummedToken(ghp), true],
    ['github gho valid', validateGithubChecksum, checksummedToken(gho), true],
    ['github wrong checksum', validateGithubChecksum, checksummedToken(ghp, false), false],
    ['github too short', validateGithubChecksum, checksummedToken(ghp).slice(0, -1), false],
    ['github wrong prefix', validateGithubChecksum, checksummedToken('ghx_'), false],
    ['github no underscore', validateGithubChecksum, randomAlnum(40), false],
    ['npm valid', validateNpmChecksum, checksummedToken(npm), true],
    ['npm wrong checksum', validateNpmChecksum, checksummedToken(npm, false), false],
    ['npm with github prefix', validateNpmChecksum, checksummedToken(ghp), false],
  ])('%s', (_name, validate, token, expected) => {
    expect(validate(token)).toBe(expected);
  });

  test('many random tokens: correct checksums pass, altered ones fail', () => {
    for (let i = 0; i < 50; i++) {
      const token = checksummedToken(ghp);
      expect(validateGithubChecksum(token)).toBe(true);
      const last = token.at(-1) === 'a' ? 'b' : 'a';
      expect(validateGithubChecksum(token.slice(0, -1) + last)).toBe(false);
    }
  });
});

describe('markers', () => {
  test.each([
    [validateOpenaiMarker, `sk-proj-${randomAlnum(20)}T3BlbkFJ${randomAlnum(20)}`, true],
    [validateOpenaiMarker, `sk-proj-${randomAlnum(48)}`, false],
    [validateGroqMarker, `gsk_${randomAlnum(20)}WGdyb3FY${randomAlnum(24)}`, true],
    [validateGroqMarker, `gsk_${randomAlnum(52)}`, false],
  ])('%o on a composed value → %s', (validate, value, expected) => {
    expect(validate(value)).toBe(expected);
  });
});

describe('jwt', () => {
  test.each([
    ['valid HS256', jwtOf({ alg: 'HS256', typ: 'JWT' }, { sub: '1' }), true],
    ['header without alg', jwtOf({ typ: 'JWT' }, { sub: '1' }), false],
    ['payload is an array', jwtOf({ alg: 'HS256' }, [1, 2]), false],
    ['two parts', jwtOf({ alg: 'HS256' }, { sub: '1' }).split('.').slice(0, 2).join('.'), false],
    [
      'header not base64url JSON',
      `eyJ${randomAlnum(20)}.eyJ${randomAlnum(20)}.${randomAlnum(20)}`,
      false,
    ],
  ])('%s', (_name, token, expected) => {
    expect(validateJwt(token)).toBe(expected);
  });
});

describe('private-key', () => {
  const dashes = '-----';
  const begin = (kind: string) => `${dashes}BEGIN ${kind}${dashes}`;
  const end = (kind: string) => `${dashes}END ${kind}${dashes}`;
  test.each([
    ['RSA key', pemKey('RSA PRIVATE KEY'), true],
    ['PKCS8 key', pemKey('PRIVATE KEY'), true],
    ['OpenSSH key', pemKey('OPENSSH PRIVATE KEY'), true],
    ['CRLF line ends', pemKey('EC PRIVATE KEY', 4, '\r\n'), true],
    ['escaped newlines (JSON)', pemKey('PRIVATE KEY', 4, '\\n'), true],
    [
      'encrypted PEM with headers',
      [
        begin('RSA PRIVATE KEY'),
        'Proc-Type: 4,ENCRYPTED',
        'DEK-Info: AES-128-CBC,0A1B2C3D4E5F60718293A4B5C6D7E8F9',
        '',
        ...pemKey('X', 3).split('\n').slice(1, -1),
        end('RSA PRIVATE KEY'),
      ].join('\n'),
      true,
    ],
    [
      'body too short',
      [begin('PRIVATE KEY'), randomAlnum(40), end('PRIVATE KEY')].join('\n'),
      false,
    ],
    [
      'body all one character',
      [begin('PRIVATE KEY'), 'A'.repeat(200), end('PRIVATE KEY')].join('\n'),
      false,
    ],
    [
      'placeholder body',
      [begin('PRIVATE KEY'), '...your key here...'.repeat(5), end('PRIVATE KEY')].join('\n'),
      false,
    ],
    ['no END line', [begin('PRIVATE KEY'), randomAlnum(200)].join('\n'), false],
    ['public key', pemKey('PUBLIC KEY'), false],
  ])('%s', (_name, text, expected) => {
    expect(validatePrivateKey(text)).toBe(expected);
  });
});

describe('connection-uri', () => {
  const pw = randomAlnum(16);
  test.each([
    ['real password', `postgres://app:${pw}@db.internal:5432/app`, true],
    ['password only (secret group)', pw, true],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder is the input
    ['variable', 'postgres://app:${DB_PASSWORD}@db/app', false],
    ['shell variable', 'postgres://app:$DB_PASSWORD@db/app', false],
    ['template', 'mysql://app:{{ db_password }}@db/app', false],
    ['angle placeholder', 'mongodb://app:<password>@db/app', false],
    ['the word password', 'redis://app:password@cache:6379', false],
    ['the word pass', 'amqp://app:pass@mq', false],
    ['stars', 'postgres://app:********@db/app', false],
    ['same as user', 'postgres://postgres:postgres@localhost/app', false],
    ['no password', 'postgres://app@db/app', false],
    ['low entropy', 'postgres://app:aaab@db/app', false],
  ])('%s', (_name, uri, expected) => {
    expect(validateConnectionUri(uri)).toBe(expected);
  });

  test('uses the whole match when the secret group is the password', () => {
    expect(validateConnectionUri(pw, `postgres://app:${pw}@db/app`)).toBe(true);
    expect(validateConnectionUri('postgres', 'postgres://postgres:postgres@db/app')).toBe(false);
  });
});

describe('gcp-service-account', () => {
  const key = pemKey('PRIVATE KEY', 4, '\\n');
  const json = (type: string) =>
    `{\n  "type": "${type}",\n  "project_id": "demo",\n  "private_key": "${key}\\n"\n}`;
  test.each([
    ['service account', json('service_account'), true],
    ['other type', json('authorized_user'), false],
    ['no private key', '{ "type": "service_account", "client_email": "a@b" }', false],
  ])('%s', (_name, text, expected) => {
    expect(validateGcpServiceAccount(text)).toBe(expected);
  });
});

test('every validator name has an implementation', () => {
  expect(Object.keys(VALIDATORS).sort()).toEqual(
    [
      'basic-auth',
      'connection-uri',
      'gcp-service-account',
      'github-checksum',
      'groq-marker',
      'jwt',
      'npm-checksum',
      'openai-marker',
      'password',
      'private-key',
    ].sort(),
  );
});

describe('basic-auth', () => {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  test.each([
    ['user and a random password', b64(`ci:${'k7Qm2xVz9pLw'}`), true],
    ['docker _json_key style user', b64(`_json_key_base64:${'a9Zx3Kq7Lm2Pw8Rt'}`), true],
    ['no colon', b64('justatoken1234'), false],
    ['empty password', b64('user:'), false],
    ['password equals user', b64('admin:admin'), false],
    ['placeholder password', b64('user:password'), false],
    ['variable reference', b64(`user:${'$'}{PASS}`), false],
    ['a word, not base64 of text', 'authentication', false],
    ['not base64', 'not base64!', false],
  ])('%s', (_name, secret, expected) => {
    expect(validateBasicAuth(secret)).toBe(expected);
  });
});

describe('written-out placeholders', () => {
  test.each([
    ['REPLACE_WITH_PASSWORD', true],
    ['YOUR_DB_PASSWORD', true],
    ['your-password-here', true],
    ['db_password', true],
    ['blue-horse-key-42', false],
    ['Xk3jd9QmZp7Lw2Rt8', false],
    ['Replace_With_Password', false],
  ] as const)('%s → %s', (value, expected) => {
    expect(isWrittenPlaceholder(value)).toBe(expected);
  });
});
