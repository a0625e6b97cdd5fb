import rule from '../../rules/dockerfile/df014-no-disabled-verification';
import { runRuleTests } from '../rule-tester';
import { cases } from './df014.cases';

runRuleTests(rule, cases);
