import { resourceOf } from '../../server/src/engine/kubernetes';
import { bindings } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, nodeRange } from '../../server/src/engine/yaml';
import { removeSeqItem } from '../../server/src/engine/yaml-edit';

/** Subjects that mean "everyone" (or "bypass RBAC entirely", for system:masters). */
const BROAD: Record<string, string> = {
  'system:anonymous': 'every unauthenticated request',
  'system:unauthenticated': 'every unauthenticated request',
  'system:authenticated': 'every authenticated identity, including every service account of every namespace',
  'system:masters': 'a group that bypasses RBAC authorization entirely',
};

/** Discovery roles the API server itself binds to these groups by default. */
const DEFAULT_PUBLIC_ROLES = new Set(['system:basic-user', 'system:discovery', 'system:public-info-viewer']);

export default defineRule({
  meta: {
    id: 'K8S055',
    slug: 'no-binding-to-system-groups',
    kind: 'kubernetes',
    title: 'Bindings must not grant roles to system:anonymous, system:authenticated or system:masters',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      'Binding a role to `system:anonymous` or `system:unauthenticated` opens it to anyone who can reach the API server; binding to `system:authenticated` opens it to every identity the cluster knows, including every pod\'s service account. `system:masters` is hard-wired to skip RBAC, so naming it in a binding signals a misunderstanding and is never needed. Either way access is no longer granted to named, reviewed identities, which SOC 2 CC6.1 and CC6.3 require.',
    remediation: 'Remove the subject and bind the role to the specific users, groups or service accounts that need it.',
    fix: 'quickfix',
    messages: {
      broadSubject: '{{binding}} grants {{role}} to {{subject}}: that is {{who}}.',
    },
    peers: ['kubesec BindingsToSystemAnonymous', 'KSV-0122', 'KSV-01011', 'KSV-0123', 'Datree CIS_INVALID_VALUE_SYSTEM_MASTERS'],
  },
  check(ctx) {
    for (const binding of bindings(ctx.objects)) {
      if (DEFAULT_PUBLIC_ROLES.has(binding.roleName) && binding.roleKind === 'ClusterRole') continue;
      for (const subject of binding.subjects) {
        const who = BROAD[subject.name];
        if (!who || (subject.kind !== 'Group' && subject.kind !== 'User')) continue;
        const range = nodeRange(ctx.lines, getPair(subject.map, 'name')?.value);
        if (!range) continue;
        const edit = removeSeqItem(ctx.lines, subject.seq, subject.index, subject.pair);
        ctx.report({
          messageId: 'broadSubject',
          range,
          data: { binding: `${binding.object.kind} "${binding.object.name || '(unnamed)'}"`, role: `${binding.roleKind} "${binding.roleName}"`, subject: `${subject.kind} "${subject.name}"`, who },
          resource: resourceOf(binding.object),
          ...(edit ? { fix: { title: `Remove the subject ${subject.name}`, edits: [edit] } } : {}),
        });
      }
    }
  },
});
