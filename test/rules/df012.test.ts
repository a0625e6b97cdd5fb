import rule from '../../rules/dockerfile/df012-no-add-remote-url';
import { runRuleTests } from '../rule-tester';
import { cases } from './df012.cases';

runRuleTests(rule, cases);
