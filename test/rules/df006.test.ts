import rule from '../../rules/dockerfile/df006-no-workdir-system-dir';
import { runRuleTests } from '../rule-tester';
import { cases } from './df006.cases';

runRuleTests(rule, cases);
