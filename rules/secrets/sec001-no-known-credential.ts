import { defineRule } from '../../server/src/engine/rule';
import { findCredentials } from '../../server/src/engine/secrets';

/**
 * Known credential formats anywhere in the file, comments included: a token in a comment is as
 * committed as one in a value. The range is exactly the token (for a private key, its BEGIN line);
 * the token itself only travels in `data.secret`, which the engine masks.
 */
export default defineRule({
  meta: {
    id: 'SEC001',
    slug: 'no-known-credential',
    kind: 'any',
    title: 'Files must not contain credentials in a known format',
    controls: ['CC6.7', 'CC6.1'],
    severity: 'error',
    description:
      'The text contains a credential whose format identifies it: an AWS access key id, a private key, a GitHub, GitLab, Slack, Stripe, Google, npm, SendGrid, OpenAI or other vendor token, a Slack webhook or a JSON Web Token. Once committed, a credential is readable by everyone with access to the repository, its forks, clones and CI logs, forever: deleting the line does not remove it from history. SOC 2 CC6.7 requires secrets to be protected in storage and transit, and CC6.1 that access is granted deliberately, not to whoever reads the repository. AWS documentation examples ending in `EXAMPLE` are the only values not reported.',
    remediation:
      'Revoke or rotate the credential now (treat it as leaked), then load it at runtime from a secret store: a Kubernetes Secret managed by External Secrets, Sealed Secrets or SOPS, a BuildKit secret mount (`RUN --mount=type=secret`) in a Dockerfile, or your CI\'s secret variables. Remove it from the git history if the repository is shared.',
    fix: 'none',
    messages: {
      credential: 'Committed {{label}} ({{secret}}): anyone who can read the repository can use it; rotate it and load it from a secret store.',
    },
    peers: ['CKV_SECRET_2', 'CKV_SECRET_9', 'CKV_SECRET_11', 'CKV_SECRET_12', 'CKV_SECRET_13', 'CKV_SECRET_14', 'CKV_SECRET_16', 'CKV_SECRET_17', 'CKV_SECRET_18', 'KICS a88baa34', 'Trivy secret scanner', 'secretlint preset-recommend'],
  },
  check(ctx) {
    for (const match of findCredentials(ctx.text)) {
      ctx.report({
        messageId: 'credential',
        range: ctx.lines.range(match.start, match.end),
        data: { label: match.format.label, secret: match.token },
      });
    }
  },
});
