import rule from '../../rules/dockerfile/df001-no-root-user';
import { runRuleTests } from '../rule-tester';
import { cases } from './df001.cases';

runRuleTests(rule, cases);
