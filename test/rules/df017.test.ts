import rule from '../../rules/dockerfile/df017-require-pipefail';
import { runRuleTests } from '../rule-tester';
import { cases } from './df017.cases';

runRuleTests(rule, cases);
