import rule from '../../rules/dockerfile/df016-prefer-copy-over-add';
import { runRuleTests } from '../rule-tester';
import { cases } from './df016.cases';

runRuleTests(rule, cases);
