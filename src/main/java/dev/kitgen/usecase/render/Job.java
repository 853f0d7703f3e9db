package dev.kitgen.usecase.render;

import dev.kitgen.model.RoleId;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;

import java.util.function.Supplier;

/**
 * One document of a run to render: the kit it belongs to (and that kit's file, as messages name
 * it), where it goes, and how to make its bytes.
 */
record Job(RoleId role, String kitFile, String path, Doc doc, Format format, Supplier<byte[]> bytes) {}
