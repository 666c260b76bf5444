package cn.guifanku.modularityfixture.c;

/** What module a must not use. */
public class Forbidden {
}
