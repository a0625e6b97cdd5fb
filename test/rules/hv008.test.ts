import rule from '../../rules/helm/hv008-values-seccomp-profile';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv008.cases';

runRuleTests(rule, cases);
