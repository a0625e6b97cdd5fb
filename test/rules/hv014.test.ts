import rule from '../../rules/helm/hv014-values-require-image-digest';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv014.cases';

runRuleTests(rule, cases);
