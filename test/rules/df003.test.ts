import rule from '../../rules/dockerfile/df003-no-sudo';
import { runRuleTests } from '../rule-tester';
import { cases } from './df003.cases';

runRuleTests(rule, cases);
