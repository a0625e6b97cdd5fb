import { describeValuesPath, findValuesSecurityContexts, isInForce } from '../../server/src/engine/helm-values';
import { appendSeqItem, droppedCapabilities } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import { keyRange } from '../../server/src/engine/yaml';
import { setPath } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV006',
    slug: 'values-drop-all-capabilities',
    kind: 'helm-values',
    title: 'Chart values must drop all Linux capabilities',
    controls: ['CC6.1', 'CC6.6'],
    severity: 'warning',
    description:
      'A container security-context map in a chart\'s values that does not drop `ALL` capabilities renders a container with the runtime\'s default set (NET_RAW, SETUID, DAC_OVERRIDE ...), powers a compromised process keeps. Dropping everything is the least-privilege baseline of SOC 2 CC6.1, and removing NET_RAW blocks packet spoofing on the pod network (CC6.6). The Helm-values counterpart of K8S007: only maps known to be container-level, not empty and in force are judged.',
    remediation: 'Add `capabilities: {drop: [ALL]}` to the container security-context values, adding back only what the process needs.',
    fix: 'quickfix',
    messages: {
      missing: '{{path}} does not drop capabilities, so the rendered container keeps the runtime\'s default set (NET_RAW, SETUID, DAC_OVERRIDE ...).',
      partial: '{{path}} drops {{dropped}} but not ALL, so the rendered container keeps the rest of the default capabilities.',
    },
    peers: ['CKV_K8S_37', 'CKV_K8S_28', 'KSV-0003', 'KSV-0004', 'KICS 268ca686'],
  },
  check(ctx) {
    for (const sc of findValuesSecurityContexts(ctx.yaml?.docs ?? [])) {
      if (sc.level !== 'container' || !sc.map || sc.empty || !isInForce(sc)) continue;
      const drop = droppedCapabilities(sc.map);
      if (drop.names.some((c) => c.name === 'ALL')) continue;
      const path = describeValuesPath(sc.path);
      const range = drop.pair && drop.names.length > 0 ? keyRange(ctx.lines, drop.pair) : keyRange(ctx.lines, sc.pair);
      if (!range) continue;
      const edit = drop.seq ? appendSeqItem(ctx.lines, drop.seq, 'ALL') : setPath(ctx.lines, sc.parent, [sc.key, 'capabilities', 'drop'], '[ALL]');
      const fix = edit && { title: `Drop ALL capabilities in ${path}`, edits: [edit] };
      if (drop.names.length > 0) ctx.report({ messageId: 'partial', range, data: { path, dropped: drop.names.map((c) => c.name).join(', ') }, ...(fix ? { fix } : {}) });
      else ctx.report({ messageId: 'missing', range, data: { path }, ...(fix ? { fix } : {}) });
    }
  },
});
