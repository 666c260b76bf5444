package cn.guifanku.modularityfixture.b;

/** What module a may use. */
public class Allowed {
}
