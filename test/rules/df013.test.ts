import rule from '../../rules/dockerfile/df013-no-remote-script-pipe';
import { runRuleTests } from '../rule-tester';
import { cases } from './df013.cases';

runRuleTests(rule, cases);
