// Build step (pure: text in, text out) that lets index.html's shell paint before any of the app
// arrives. Vite writes the entry as a module script, a modulepreload link per static import and a
// stylesheet link in <head>; the browser then first paints only after the styles are parsed, and
// runs the script as soon as it is there. This step replaces those tags with one small inline
// loader that, once the shell has painted, adds the stylesheet and the script; the module preloads
// move to the end of <body>, where the parser finds them (no script adds them one by one) and the
// downloads start at once without holding up the paint. antd's stylesheet (1 MB;
// its components run with `zeroRuntime`, generating no styles themselves) is not imported by the
// app: the build cuts it into parts that the browser parses one by one (none a long task on its
// own), and the loader adds them for every page but sign-in, which is drawn without antd. The app
// waits for the styles a page needs before rendering it, so no page shows unstyled.

/**
 * The pages drawn without antd, which load its stylesheet only when the user moves on to a page
 * that uses it: sign-in, `/` (it sends the user home) and each role's home (components/plain).
 */
export const PLAIN_PAGES = /^\/(login|operator|park|institution|enterprise)?\/?$/;

/** The session check the loader starts with the page, before any script (auth-context.tsx reads it). */
export const SESSION_URL = '/api/v1/auth/session';

/** The tags Vite put in <head> for the entry, as found in the built index.html. */
export interface EntryTags {
  script: string;
  preloads: string[];
  styles: string[];
}

const SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
const STYLE = /<link rel="stylesheet" crossorigin href="([^"]+)">\s*/g;

/** The entry's tags, and the page without them; undefined when the page has no module entry. */
export function takeEntryTags(html: string): { tags: EntryTags; rest: string } | undefined {
  const script = SCRIPT.exec(html)?.[1];
  if (!script) return undefined;
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
  const styles = [...html.matchAll(STYLE)].map((m) => m[1]!);
  const rest = html.replace(SCRIPT, '').replace(PRELOAD, '').replace(STYLE, '');
  return { tags: { script, preloads, styles }, rest };
}

/**
 * The inline loader for the tags. It waits for a frame after the shell's first paint, then adds
 * the entry's stylesheets and script (their modules are already on the way: see preloadLinks).
 * `window.kejinStyles.ready` settles when the entry's stylesheets have loaded;
 * `window.kejinStyles.antd()` loads antd's stylesheet parts (once) and settles when they have:
 * at once on every page but the plain ones (PLAIN_PAGES), which only fetch them ahead, unparsed,
 * once the page has loaded.
 */
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function loaderScript(tags: EntryTags, antdStyles: readonly string[]): string {
  return `    <script>
      // Start the app once the shell above has painted (see web/src/build/shell-first.ts).
      (function () {
        var d = document, styles = ${json(tags.styles)}, antdStyles = ${json(antdStyles)};
        var antd;
        // Who is signed in, asked at once: the answer is there when the scripts are.
        window.kejinFirst = { session: fetch(${json(SESSION_URL)}, { credentials: 'same-origin', headers: { Accept: 'application/json' } }) };
        window.kejinFirst.session.catch(function () {});
        function add(tag, props) {
          var el = d.createElement(tag);
          el.crossOrigin = '';
          for (var key in props) el[key] = props[key];
          d.head.appendChild(el);
          return el;
        }
        function load(list) {
          return Promise.all(list.map(function (href) {
            return new Promise(function (resolve) { var link = add('link', { rel: 'stylesheet', href: href }); link.onload = link.onerror = resolve; });
          }));
        }
        var ready = new Promise(function (resolve) {
          requestAnimationFrame(function () { setTimeout(function () {
            load(styles).then(resolve);
            add('script', { type: 'module', src: ${json(tags.script)} });
          }, 0); });
        });
        window.kejinStyles = { ready: ready, antd: function () { return antd || (antd = ready.then(function () { return load(antdStyles); })); } };
        if (!${PLAIN_PAGES}.test(location.pathname)) window.kejinStyles.antd();
        else addEventListener('load', function () {
          // Two links per idle moment: added all at once they would make one long task.
          var ahead = antdStyles.slice(), idle = window.requestIdleCallback || function (f) { return setTimeout(f, 50); };
          setTimeout(function next() {
            idle(function () {
              ahead.splice(0, 2).forEach(function (href) { add('link', { rel: 'prefetch', href: href, as: 'style' }); });
              if (ahead.length) next();
            });
          }, 1000);
        });
      })();
    </script>
`;
}

/** A chunk as Vite's build manifest (.vite/manifest.json) describes it. */
export interface ManifestChunk {
  file: string;
  name?: string;
  imports?: string[];
  dynamicImports?: string[];
}

/** The files a chunk loads before it runs: itself, then its static imports, transitively. */
export function staticFiles(manifest: Readonly<Record<string, ManifestChunk>>, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return [];
  seen.add(key);
  return [chunk.file, ...(chunk.imports ?? []).flatMap((next) => staticFiles(manifest, next, seen))];
}

/**
 * The entry's preloads and those of the modules it imports at once but evaluates in a task of
 * their own (web/src/main.tsx imports the app dynamically), without repeats, the entry's first.
 */
export function withFirstImports(tags: EntryTags, manifest: Readonly<Record<string, ManifestChunk>>, entryKey: string, first: (key: string) => boolean): EntryTags {
  const keys = (manifest[entryKey]?.dynamicImports ?? []).filter(first);
  const files = keys.flatMap((key) => staticFiles(manifest, key)).map((file) => `/${file}`);
  return { ...tags, preloads: [...new Set([...tags.preloads, ...files])].filter((href) => href !== tags.script) };
}

/** The entry's module preloads as links for the end of <body>. */
export function preloadLinks(tags: EntryTags): string {
  return tags.preloads.map((href) => `    <link rel="modulepreload" crossorigin href="${attribute(href)}">\n`).join('');
}

/** The page with its entry tags replaced: the loader just before </head>, the preloads just before </body>. */
export function withLoader(rest: string, tags: EntryTags, antdStyles: readonly string[]): string {
  return rest.replace('</head>', `${loaderScript(tags, antdStyles)}  </head>`).replace('</body>', `${preloadLinks(tags)}  </body>`);
}

/**
 * Cuts a stylesheet into parts of about `target` characters at top-level rule boundaries (never
 * inside a block, a string or a comment), keeping the rules' order. Any `@charset`/`@import`
 * stays in the first part, where it must be.
 */
export function splitCss(css: string, target: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
    } else if (c === '"' || c === "'") {
      for (i++; i < css.length && css[i] !== c; i++) if (css[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' || (c === ';' && depth === 0)) {
      if (c === '}') depth--;
      if (depth === 0 && i + 1 - start >= target) {
        parts.push(css.slice(start, i + 1));
        start = i + 1;
      }
    }
  }
  const tail = css.slice(start);
  if (tail.trim()) parts.push(tail);
  return parts.length ? parts : [css];
}
