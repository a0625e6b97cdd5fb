import rule from '../../rules/dockerfile/df007-no-ssh-port';
import { runRuleTests } from '../rule-tester';
import { cases } from './df007.cases';

runRuleTests(rule, cases);
