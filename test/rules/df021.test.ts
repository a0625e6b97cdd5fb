import rule from '../../rules/dockerfile/df021-no-maintainer';
import { runRuleTests } from '../rule-tester';
import { cases } from './df021.cases';

runRuleTests(rule, cases);
