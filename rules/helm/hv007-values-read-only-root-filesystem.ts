import { describeValuesPath, findValuesSecurityContexts, isInForce } from '../../server/src/engine/helm-values';
import { k8sBoolean } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, keyRange, nodeRange } from '../../server/src/engine/yaml';
import { isEmptyValue, replaceNode, setPath } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV007',
    slug: 'values-read-only-root-filesystem',
    kind: 'helm-values',
    title: 'Chart values must mount the root filesystem read-only',
    controls: ['CC6.1', 'CC6.8'],
    severity: 'warning',
    description:
      'A container security-context map in a chart\'s values without `readOnlyRootFilesystem: true` renders a container whose files and binaries a compromised process can change, so the running software drifts from what was reviewed (SOC 2 CC6.1, CC6.8). The Helm-values counterpart of K8S010: only maps known to be container-level, not empty and in force are judged; an explicit `false` gets a suggestion, not a quick fix.',
    remediation: 'Set `readOnlyRootFilesystem: true` in the container security-context values and give the chart `emptyDir` volumes for the paths the process writes.',
    fix: 'quickfix',
    messages: {
      missing: '{{path}} does not set readOnlyRootFilesystem: true, so the rendered container\'s files and binaries can be modified at run time.',
      writable: '{{path}} sets readOnlyRootFilesystem to {{value}}, so the rendered container\'s files and binaries can be modified at run time.',
    },
    peers: ['CKV_K8S_22', 'KICS a9c2f49d', 'KSV-0014', 'kube-linter no-read-only-root-fs'],
  },
  check(ctx) {
    for (const sc of findValuesSecurityContexts(ctx.yaml?.docs ?? [])) {
      if (sc.level !== 'container' || !sc.map || sc.empty || !isInForce(sc)) continue;
      const path = describeValuesPath(sc.path);
      const pair = getPair(sc.map, 'readOnlyRootFilesystem');
      if (pair && !isEmptyValue(pair.value)) {
        if (k8sBoolean(pair.value) === true) continue;
        const range = nodeRange(ctx.lines, pair.value);
        if (!range) continue;
        const value = ctx.text.slice(ctx.lines.offsetAt(range.start), ctx.lines.offsetAt(range.end));
        ctx.report({ messageId: 'writable', range, data: { path, value }, suggestions: [{ title: 'Set readOnlyRootFilesystem: true (mount emptyDir volumes where the process writes)', edits: [replaceNode(ctx.lines, pair.value, 'true')] }] });
        continue;
      }
      const range = keyRange(ctx.lines, sc.pair);
      if (!range) continue;
      const edit = setPath(ctx.lines, sc.parent, [sc.key, 'readOnlyRootFilesystem'], 'true');
      ctx.report({ messageId: 'missing', range, data: { path }, ...(edit ? { fix: { title: `Add readOnlyRootFilesystem: true to ${path}`, edits: [edit] } } : {}) });
    }
  },
});
