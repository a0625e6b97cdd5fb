import rule from '../../rules/dockerfile/df022-no-whole-filesystem-copy';
import { runRuleTests } from '../rule-tester';
import { cases } from './df022.cases';

runRuleTests(rule, cases);
