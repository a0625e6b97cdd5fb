import rule from '../../rules/dockerfile/df015-require-pinned-packages';
import { runRuleTests } from '../rule-tester';
import { cases } from './df015.cases';

runRuleTests(rule, cases);
