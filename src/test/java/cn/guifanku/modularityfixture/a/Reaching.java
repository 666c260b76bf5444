package cn.guifanku.modularityfixture.a;

import cn.guifanku.modularityfixture.b.Allowed;
import cn.guifanku.modularityfixture.c.Forbidden;

/** Uses b (declared) and c (not declared): the reach ModularityTest must catch. */
public class Reaching {

    final Allowed allowed = new Allowed();
    final Forbidden forbidden = new Forbidden();
}
