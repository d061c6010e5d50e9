/**
 * Classic cross-site-scripting payloads, for tests that put them in record text (descriptions,
 * markdown, Five Whys, vendor names, evidence links, ...) and check that what renders is inert.
 * Each payload, when it runs, sets `window.xssFired`.
 *
 * @public
 */
export const XSS_CORPUS: readonly string[] = [
  '<script>window.xssFired = "script"</script>',
  '"><script>window.xssFired = "attribute breakout"</script>',
  "'; window.xssFired = 'string breakout'; '",
  '<img src="x" onerror="window.xssFired = \'img onerror\'">',
  '<svg onload="window.xssFired = \'svg onload\'"><circle r="1"/></svg>',
  '<body onload="window.xssFired = \'body onload\'">',
  '<details open ontoggle="window.xssFired = \'details ontoggle\'"><summary>x</summary></details>',
  '<input autofocus onfocus="window.xssFired = \'input onfocus\'">',
  '<a href="javascript:window.xssFired=\'anchor href\'">runbook</a>',
  '<a href="JaVaScRiPt:window.xssFired=\'mixed case\'">mixed case</a>',
  '<a href="&#106;avascript:window.xssFired=\'entity\'">entity-encoded</a>',
  '<a href=" javascript:window.xssFired=\'leading space\'">leading space</a>',
  '[markdown link](javascript:window.xssFired=\'markdown link\')',
  '[spaced markdown link](  javascript:window.xssFired=\'spaced\')',
  '![markdown image](javascript:window.xssFired=\'markdown image\')',
  '<iframe src="javascript:window.xssFired=\'iframe\'"></iframe>',
  '<iframe srcdoc="<script>parent.xssFired=\'srcdoc\'</script>"></iframe>',
  '<object data="javascript:window.xssFired=\'object\'"></object>',
  '<embed src="javascript:window.xssFired=\'embed\'">',
  '<form action="javascript:window.xssFired=\'form\'"><button>send</button></form>',
  '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cueHNzRmlyZWQ9MTwvc2NyaXB0Pg==">data url</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.xssFired=\'mutation\'">',
  '<style>body { background: url("javascript:window.xssFired=\'style\'") }</style>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.xssFired=\'meta refresh\'">',
  // A bare URL, as in an evidence link field: it must never become a link's href.
  // eslint-disable-next-line no-script-url
  'javascript:window.xssFired = "bare javascript url"',
];

/** URL-valued attributes a browser may follow or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'];

/** Elements that run or embed code however their attributes look. */
const ACTIVE_ELEMENTS = ['script', 'iframe', 'object', 'embed', 'meta[http-equiv]', 'base'];

/**
 * Everything in a rendered DOM that could run code: script-like elements, event-handler
 * attributes (`on…`), and `javascript:`, `vbscript:` or `data:text/html` URLs. Returns a line per
 * finding, so a test can `expect(findActiveContent(document.body)).toEqual([])`.
 *
 * @public
 */
export function findActiveContent(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll(ACTIVE_ELEMENTS.join(',')))) {
    found.push(`<${element.tagName.toLowerCase()}> element`);
  }
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const tag = element.tagName.toLowerCase();
      if (name.startsWith('on')) {
        found.push(`<${tag} ${name}> event handler`);
      } else if (URL_ATTRIBUTES.includes(name)) {
        // Browsers ignore control characters and whitespace in a URL's scheme.
        const url = Array.from(attribute.value)
          .filter(character => character.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        if (/^(javascript|vbscript):|^data:text\/html/.test(url) || name === 'srcdoc') {
          found.push(`<${tag} ${name}="${attribute.value}">`);
        }
      }
    }
  }
  return found;
}
