import { addFlagEdit, controlPlaneContainers, describeComponent, flagOf, missingFlagRange } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';

/** The conventional kubeadm locations; the user must mount them, hence a suggestion. */
const DEFAULTS = { 'audit-log-path': '/var/log/kubernetes/audit/audit.log', 'audit-policy-file': '/etc/kubernetes/audit-policy.yaml' } as const;

export default defineRule({
  meta: {
    id: 'K8S076',
    slug: 'control-plane-require-audit-log',
    kind: 'kubernetes',
    title: 'API server must write an audit log with an audit policy',
    controls: ['CC7.2', 'CC6.3'],
    severity: 'error',
    description:
      'Without `--audit-log-path` (or an audit webhook) the API server keeps no record of who read or changed what, and without `--audit-policy-file` it audits nothing even when a log path is set. Every other access control then goes unverified: there is no evidence for access reviews, incident investigation or the monitoring of privileged activity that SOC 2 CC7.2 and CC6.3 ask for.',
    remediation: 'Set `--audit-policy-file` to a policy that records at least Metadata for Secrets, RBAC changes and pod exec (see K8S078), and `--audit-log-path` to a file on a mounted volume (or `--audit-webhook-config-file` to ship events off the node).',
    fix: 'suggestion',
    messages: {
      noLog: '{{component}} sets neither --audit-log-path nor --audit-webhook-config-file: API activity is not recorded.',
      noPolicy: '{{component}} does not set --audit-policy-file: without a policy no audit events are generated.',
    },
    peers: ['CKV_K8S_91', 'KICS 73e251f0', 'KICS 13a49a2e', 'KCV-0019'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver') continue;
      const range = missingFlagRange(ctx.lines, cp);
      if (!range) continue;
      const base = { data: { component: describeComponent(cp) }, resource: resourceOf(cp.container.pod.object), range };
      const suggest = (flag: keyof typeof DEFAULTS) => {
        const edit = addFlagEdit(ctx.lines, cp, flag, DEFAULTS[flag]);
        return edit ? [{ title: `Add --${flag}=${DEFAULTS[flag]} (mount the path into the pod)`, edits: [edit] }] : [];
      };
      if (!flagOf(cp, 'audit-log-path') && !flagOf(cp, 'audit-webhook-config-file')) ctx.report({ messageId: 'noLog', ...base, suggestions: suggest('audit-log-path') });
      if (!flagOf(cp, 'audit-policy-file')) ctx.report({ messageId: 'noPolicy', ...base, suggestions: suggest('audit-policy-file') });
    }
  },
});
