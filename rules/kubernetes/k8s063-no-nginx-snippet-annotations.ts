import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { annotationPair, isIngress, removeMapEntry } from '../../server/src/engine/network';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, getPair, keyRange, nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

/** ingress-nginx annotations whose value is pasted into the controller's nginx.conf. */
const SNIPPETS = ['server-snippet', 'configuration-snippet', 'auth-snippet', 'stream-snippet', 'modsecurity-snippet'].map((s) => `nginx.ingress.kubernetes.io/${s}`);

export default defineRule({
  meta: {
    id: 'K8S063',
    slug: 'no-nginx-snippet-annotations',
    kind: 'kubernetes',
    title: 'Ingresses must not use ingress-nginx snippet annotations',
    controls: ['CC6.6', 'CC6.1'],
    severity: 'error',
    description:
      'ingress-nginx copies snippet annotations (`server-snippet`, `configuration-snippet` and friends) verbatim into the configuration of the shared controller. Anyone who can create an Ingress can therefore run directives in the controller, read its service-account token (which can read every Secret of the cluster) and rewrite other tenants\' routes (CVE-2021-25742, CVE-2025-1974). The controller\'s `allow-snippet-annotations: "true"` setting is what enables them. SOC 2 CC6.1 and CC6.6 expect that an application team cannot change the shared network edge.',
    remediation: 'Remove the annotation and use the dedicated ingress-nginx annotations (rewrite, headers, auth) or a controller-level configuration owned by the platform team; keep `allow-snippet-annotations: "false"` in the controller ConfigMap.',
    fix: 'quickfix',
    messages: {
      snippet: '{{resource}} sets {{annotation}}: its text is injected into the shared ingress controller\'s configuration.',
      allowSnippets: '{{resource}} sets allow-snippet-annotations to "true": every Ingress author can inject configuration into the controller.',
    },
    peers: ['CKV_K8S_152', 'CKV_K8S_153', 'CKV_K8S_154', 'KCV-0093', 'Datree INGRESS_CVE2021_25742_INCORRECT_SERVER_SNIPPET_KEY', 'Datree CONFIGMAP_CVE2021_25742_INCORRECT_SNIPPET_ANNOTATIONS_VALUE'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (isIngress(object)) {
        for (const annotation of SNIPPETS) {
          const found = annotationPair(object, annotation);
          const range = found && keyRange(ctx.lines, found.pair);
          if (!found || !range) continue;
          const edit = removeMapEntry(ctx.lines, found.map, found.pair, found.holder);
          ctx.report({ messageId: 'snippet', range, data: { resource: describeObject(object), annotation }, resource: resourceOf(object), ...(edit ? { fix: { title: `Remove ${annotation}`, edits: [edit] } } : {}) });
        }
      }
      if (object.kind === 'ConfigMap' && object.apiVersion === 'v1') {
        const pair = getPair(asMap(getPair(object.map, 'data')?.value), 'allow-snippet-annotations');
        if (!pair || String(scalarValue(pair.value)).toLowerCase() !== 'true') continue;
        const range = nodeRange(ctx.lines, pair.value);
        if (!range) continue;
        ctx.report({ messageId: 'allowSnippets', range, data: { resource: describeObject(object) }, resource: resourceOf(object), fix: { title: 'Set allow-snippet-annotations to "false"', edits: [replaceNode(ctx.lines, pair.value, '"false"')] } });
      }
    }
  },
});
