// zhengwu for Node, as an ES module: the CommonJS build (index.cjs), re-exported.
import node from './index.cjs';

export const { createEngine, init, wrap, version } = node;
export default init;
