import { describeObject, podSpecOf, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { isOpen } from '../../server/src/engine/unknown';
import { getMapAt, getPair, keyRange, stringMap } from '../../server/src/engine/yaml';

/**
 * Labels or annotations accepted as naming an owner. `owner` is the default required label; the
 * common team conventions are accepted too. (A configurable list needs a LintConfig field: future work.)
 */
const OWNER_KEYS = ['owner', 'team', 'app.kubernetes.io/owner', 'contact'];

export default defineRule({
  meta: {
    id: 'K8S035',
    slug: 'require-owner-label',
    kind: 'kubernetes',
    title: 'Workloads should name an owner',
    controls: ['CC7.3'],
    severity: 'info',
    profile: 'strict',
    description:
      'When an alert fires or an auditor samples a workload, someone must be answerable for it. An `owner` label (or annotation) ties every running object to a team, which is how security events get routed and evaluated (SOC 2 CC7.3) and how access reviews find who approves changes. Labels are a team convention rather than a platform default, so the rule is in the `strict` profile. It accepts `owner`, `team`, `app.kubernetes.io/owner` or `contact` as a label or annotation on the workload object.',
    remediation: 'Add `metadata.labels.owner: <team>` (and optionally a contact annotation) to every workload; enforce it at admission with a policy engine once the repository is clean.',
    fix: 'none',
    messages: {
      missing: '{{resource}} has no owner label or annotation (owner, team, app.kubernetes.io/owner or contact), so nobody is recorded as answerable for it.',
    },
    peers: ['kube-linter required-label-owner', 'Datree WORKLOAD_MISSING_LABEL_OWNER_VALUE'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (!podSpecOf(object)) continue;
      const metadata = getMapAt(object.map, 'metadata');
      const labels = getMapAt(metadata, 'labels');
      const annotations = getMapAt(metadata, 'annotations');
      // Labels a Helm helper prints (`{{- include "common.labels.standard" ... }}`) may hold the owner: unknown is not missing.
      if (isOpen(labels) || isOpen(annotations)) continue;
      const tags = { ...stringMap(annotations), ...stringMap(labels) };
      if (OWNER_KEYS.some((k) => (tags[k] ?? '').trim() !== '')) continue;
      const pair = getPair(object.map, 'metadata');
      const range = pair && keyRange(ctx.lines, pair);
      if (range) ctx.report({ messageId: 'missing', range, data: { resource: describeObject(object) }, resource: resourceOf(object) });
    }
  },
});
