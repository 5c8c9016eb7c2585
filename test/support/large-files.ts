/**
 * Realistic files larger than the default `max_file_size` (1 MB), built at run time from a
 * seeded PRNG: a Jupyter notebook with an embedded plot and a key in a later cell, and a HAR
 * capture with a large response and a bearer token. The secret is passed in (composed by the
 * caller), never stored.
 */
import { mulberry32 } from './compose.js';

/** Seeded base64 of `bytes` pseudo-random bytes (a PNG body, a minified bundle). */
function randomBase64(bytes: number, seed: number): string {
  const random = mulberry32(seed);
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = Math.floor(random() * 256);
  return buf.toString('base64');
}

/** A Jupyter notebook (nbformat 4, indent 1 as Jupyter writes it): a plot, then a key. */
export function notebook(key: string): { text: string; keyLine: number } {
  const nb = {
    cells: [
      {
        cell_type: 'code',
        execution_count: 1,
        metadata: {},
        outputs: [
          {
            data: {
              'image/png': `iVBORw0KGgoAAAANSUhEUgAA${randomBase64(900_000, 11)}\n`,
              'text/plain': ['<Figure size 640x480 with 1 Axes>'],
            },
            metadata: {},
            output_type: 'display_data',
          },
        ],
        source: ['import matplotlib.pyplot as plt\n', 'plt.plot(losses)\n', 'plt.show()'],
      },
      {
        cell_type: 'code',
        execution_count: 2,
        metadata: {},
        outputs: [],
        source: [
          'from openai import OpenAI\n',
          `client = OpenAI(api_key="${key}")\n`,
          'print(client.models.list())',
        ],
      },
    ],
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  const text = `${JSON.stringify(nb, null, 1)}\n`;
  const keyLine = text.split('\n').findIndex((line) => line.includes('api_key=')) + 1;
  return { text, keyLine };
}

/** A HAR capture (as browsers export it): a large bundle response, then an API call. */
export function har(token: string): { text: string; tokenLine: number } {
  const entry = (url: string, headers: { name: string; value: string }[], body: string) => ({
    startedDateTime: '2026-03-02T10:15:00.000Z',
    time: 42,
    request: { method: 'GET', url, httpVersion: 'HTTP/2', headers, queryString: [], cookies: [] },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/2',
      headers: [],
      cookies: [],
      content: { size: body.length, mimeType: 'application/javascript', text: body },
    },
    cache: {},
    timings: { send: 1, wait: 30, receive: 11 },
  });
  const log = {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [],
      entries: [
        entry('https://app.example.test/static/bundle.js', [], randomBase64(830_000, 12)),
        entry(
          'https://api.github.com/user/repos',
          [
            { name: 'accept', value: 'application/vnd.github+json' },
            { name: 'authorization', value: `Bearer ${token}` },
          ],
          '[]',
        ),
      ],
    },
  };
  const text = `${JSON.stringify(log, null, 2)}\n`;
  const tokenLine = text.split('\n').findIndex((line) => line.includes('Bearer ')) + 1;
  return { text, tokenLine };
}
