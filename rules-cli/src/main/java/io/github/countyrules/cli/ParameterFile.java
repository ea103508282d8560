package io.github.countyrules.cli;

import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.internal.ParameterValues;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parameter file for {@code diff --parameters}: a YAML map of parameter name to value, the same
 * as under {@code parameters:} in a facts file (a file whose only key is {@code parameters:} is
 * read from under that key). Read and converted by rules-core, as a facts file's overrides are;
 * the engine then checks the values against the parameter tables.
 */
final class ParameterFile {
    private ParameterFile() {
    }

    /** Name to value (text, whole numbers as Integer, decimals as BigDecimal, booleans, maps), by name. */
    static Map<String, Object> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCodes.INPUT, "--parameters " + file + "：文件不存在",
                    "--parameters " + file + ": no such file");
        }
        try {
            return ParameterValues.read(file);
        } catch (InvalidInputException e) {
            List<String> zh = e.errors().stream().map(x -> file + ": " + InputErrors.line(x, Lang.zh)).toList();
            List<String> en = e.errors().stream().map(x -> file + ": " + InputErrors.line(x, Lang.en)).toList();
            throw new CliException(ExitCodes.INPUT, "参数文件未被接受：\n" + String.join("\n", zh),
                    "the parameter file was refused:\n" + String.join("\n", en));
        }
    }
}
