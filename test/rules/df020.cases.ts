import type { RuleTests } from '../rule-tester';

const strict = { profile: 'strict' as const };

export const cases: RuleTests = {
  valid: [
    { code: 'FROM alpine:3.20\nARG VCS_URL\nARG VCS_REF\nLABEL org.opencontainers.image.source=$VCS_URL org.opencontainers.image.revision=$VCS_REF\n', config: strict },
    { name: 'quoted keys over two LABELs, inherited from the parent stage', code: 'FROM alpine:3.20 AS base\nLABEL "org.opencontainers.image.source"="https://x.test/r"\nFROM base\nLABEL org.opencontainers.image.revision="abc" \\\n  other=1\n', config: strict },
    { name: 'recommended profile: off', code: 'FROM alpine:3.20\n', config: { profile: 'recommended' } },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nCMD ["sh"]\n',
      config: strict,
      errors: [{ messageId: 'missing', range: [0, 0, 0, 16], message: 'org.opencontainers.image.source and org.opencontainers.image.revision', suggestions: ['Add org.opencontainers.image.source and org.opencontainers.image.revision from build arguments'] }],
    },
    { name: 'only revision missing, labels of a builder do not count', code: 'FROM alpine:3.20 AS b\nLABEL org.opencontainers.image.revision=x\nFROM alpine:3.20\r\nLABEL org.opencontainers.image.source=y\r\n', config: strict, errors: [{ messageId: 'missing', range: [2, 0, 2, 16], suggestions: ['Add org.opencontainers.image.revision from build arguments'] }] },
  ],
};
