import rule from '../../rules/dockerfile/df018-no-stale-update-or-dist-upgrade';
import { runRuleTests } from '../rule-tester';
import { cases } from './df018.cases';

runRuleTests(rule, cases);
