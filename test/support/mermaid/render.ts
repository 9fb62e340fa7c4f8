// Renders Mermaid charts with the real mermaid library in headless Chromium, so a chart that
// GitHub would fail to draw fails a test. No extra dependencies: a local HTML page loads
// node_modules/mermaid/dist/mermaid.min.js over file://, renders every chart, and writes the
// outcomes into the DOM, which `chromium --dump-dom` prints.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ChartOutcome {
  ok: boolean;
  /** The SVG mermaid drew (empty when it failed). */
  svg: string;
  /** Mermaid's error message when it failed. */
  error: string | null;
}

const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The first Chromium-like browser on PATH, or null. */
export function findChromium(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of BROWSER_NAMES) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** The body of every ```mermaid fence in a Markdown document, in order. */
export function mermaidBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const fence = /^```mermaid\n([\s\S]*?)\n```$/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    blocks.push(match[1]!);
  }
  return blocks;
}

function mermaidScript(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');
}

/** JSON inside a <script> element: `<` escaped so no `</script>` or `<!--` can end it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function harnessPage(charts: string[], mermaidUrl: string): string {
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src file: 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<script src="${mermaidUrl}"></script>
</head>
<body>
<pre id="result"></pre>
<script id="charts" type="application/json">${scriptJson(charts)}</script>
<script>
(async () => {
  const out = document.getElementById('result');
  const results = [];
  try {
    const charts = JSON.parse(document.getElementById('charts').textContent);
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    for (let i = 0; i < charts.length; i++) {
      try {
        await mermaid.parse(charts[i]);
        const { svg } = await mermaid.render('chart-' + i, charts[i]);
        // Some diagram types draw their error instead of throwing it.
        const drawnError = /Syntax error in text|class="error-icon"/.test(svg);
        results.push(drawnError
          ? { ok: false, svg: '', error: 'mermaid drew an error diagram' }
          : { ok: true, svg, error: null });
      } catch (error) {
        results.push({ ok: false, svg: '', error: String((error && error.message) || error) });
      }
    }
  } catch (error) {
    results.push({ harness: String((error && error.message) || error) });
  }
  // Base64 of UTF-8: the dump then needs no HTML unescaping to read back.
  const json = JSON.stringify(results);
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  out.textContent = btoa(binary);
  out.setAttribute('data-done', 'true');
})();
</script>
</body>
</html>
`;
}

export interface RenderOptions {
  chromium?: string;
  timeoutMs?: number;
}

/**
 * Renders every chart in one browser run and returns one outcome per chart, in order. Throws
 * when the browser itself fails or the page never finishes: that is a broken harness, not a
 * broken chart.
 */
export async function renderMermaidCharts(
  charts: string[],
  options: RenderOptions = {},
): Promise<ChartOutcome[]> {
  const chromium = options.chromium ?? findChromium();
  if (!chromium) throw new Error('no Chromium found on PATH');
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-mermaid-'));
  try {
    const page = join(dir, 'charts.html');
    await writeFile(page, harnessPage(charts, pathToFileURL(mermaidScript()).href));
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--allow-file-access-from-files',
      '--virtual-time-budget=20000',
      '--dump-dom',
      pathToFileURL(page).href,
    ];
    const dom = await new Promise<string>((resolve, reject) => {
      execFile(
        chromium,
        args,
        { timeout: options.timeoutMs ?? 90_000, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
        (error, stdout, stderr) => {
          if (error)
            reject(new Error(`${chromium} failed: ${error.message}\n${stderr.slice(-2000)}`));
          else resolve(stdout);
        },
      );
    });
    const match = /<pre id="result" data-done="true">([A-Za-z0-9+/=]*)<\/pre>/.exec(dom);
    if (!match) throw new Error(`the harness page did not finish:\n${dom.slice(0, 2000)}`);
    const results = JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8')) as (
      ChartOutcome | { harness: string }
    )[];
    const harnessError = results.find((r): r is { harness: string } => 'harness' in r);
    if (harnessError) throw new Error(`the harness page failed: ${harnessError.harness}`);
    if (results.length !== charts.length) {
      throw new Error(`expected ${charts.length} outcomes, got ${results.length}`);
    }
    return results as ChartOutcome[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
