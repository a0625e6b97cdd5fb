import rule from '../../rules/dockerfile/df019-require-healthcheck';
import { runRuleTests } from '../rule-tester';
import { cases } from './df019.cases';

runRuleTests(rule, cases);
