import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  compileRules,
  explainNothingListed,
  finishScan,
  listPaths,
  loadFile,
  newTally,
  pathsSource,
  scanChangeSet,
  tallyFile,
  tallyOutcome
} from "./chunks/chunk-YL26PRA7.js";
import {
  UnifiedDiffParser,
  diffSource,
  parseDiffStream
} from "./chunks/chunk-HG5GMLO7.js";
import "./chunks/chunk-ECR5472Y.js";
import {
  resolveReviewRequirements
} from "./chunks/chunk-D66GKOUB.js";
import {
  POLICY_RULES,
  require_picocolors,
  wantsColor
} from "./chunks/chunk-ZWC3HC6G.js";
import "./chunks/chunk-YCTNK7TQ.js";
import {
  DIFF_FORMAT_ARGS,
  findRepoRoot,
  gitOutput,
  resolveCommit,
  streamGit
} from "./chunks/chunk-FIXNMEUT.js";
import {
  formatBaseline,
  formatBaselineFingerprints,
  loadConfig,
  parseBaseline,
  parseIgnoreFile,
  resolveSecretRules
} from "./chunks/chunk-54VCNRRM.js";
import "./chunks/chunk-B6KZYF2D.js";
import {
  INCOMPLETE
} from "./chunks/chunk-5XCC25ZH.js";
import {
  sanitize
} from "./chunks/chunk-I7MAQC3G.js";
import {
  migrationNotice
} from "./chunks/chunk-H4QNBIZK.js";
import {
  parseFingerprint
} from "./chunks/chunk-PXFPC4ZX.js";
import {
  HISTORY_HINT,
  falsePositiveHint,
  groupByRule,
  ignoreLine,
  position,
  remediationOf,
  scannedSummary,
  shortSha
} from "./chunks/chunk-7RFSISUE.js";
import {
  formatCount
} from "./chunks/chunk-JAJTR2HI.js";
import "./chunks/chunk-RS4XBG4F.js";
import "./chunks/chunk-QGBNVW5A.js";
import {
  MandateError
} from "./chunks/chunk-ZPHIZCRR.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-5ADPKSWX.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message), Error.captureStackTrace(this, this.constructor), this.name = this.constructor.name, this.code = code, this.exitCode = exitCode, this.nestedError = void 0;
      }
    }, InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message), Error.captureStackTrace(this, this.constructor), this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error(), Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        switch (this.description = description || "", this.variadic = !1, this.parseArg = void 0, this.defaultValue = void 0, this.defaultValueDescription = void 0, this.argChoices = void 0, name[0]) {
          case "<":
            this.required = !0, this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = !1, this._name = name.slice(1, -1);
            break;
          default:
            this.required = !0, this._name = name;
            break;
        }
        this._name.endsWith("...") && (this.variadic = !0, this._name = this._name.slice(0, -3));
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        return previous === this.defaultValue || !Array.isArray(previous) ? [value] : (previous.push(value), previous);
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        return this.defaultValue = value, this.defaultValueDescription = description, this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        return this.parseArg = fn, this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        return this.argChoices = values.slice(), this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg))
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          return this.variadic ? this._collectValue(arg, previous) : arg;
        }, this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        return this.required = !0, this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        return this.required = !1, this;
      }
    };
    function humanReadableArgName(arg) {
      let nameOutput = arg.name() + (arg.variadic === !0 ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument(), Help2 = class {
      constructor() {
        this.helpWidth = void 0, this.minWidthToWrap = 40, this.sortSubcommands = !1, this.sortOptions = !1, this.showGlobalOptions = !1;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        let visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden), helpCommand = cmd._getHelpCommand();
        return helpCommand && !helpCommand._hidden && visibleCommands.push(helpCommand), this.sortSubcommands && visibleCommands.sort((a, b) => a.name().localeCompare(b.name())), visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        let getSortKey = (option) => option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        let visibleOptions = cmd.options.filter((option) => !option.hidden), helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          let removeShort = helpOption.short && cmd._findOption(helpOption.short), removeLong = helpOption.long && cmd._findOption(helpOption.long);
          !removeShort && !removeLong ? visibleOptions.push(helpOption) : helpOption.long && !removeLong ? visibleOptions.push(
            cmd.createOption(helpOption.long, helpOption.description)
          ) : helpOption.short && !removeShort && visibleOptions.push(
            cmd.createOption(helpOption.short, helpOption.description)
          );
        }
        return this.sortOptions && visibleOptions.sort(this.compareOptions), visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        let globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          let visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        return this.sortOptions && globalOptions.sort(this.compareOptions), globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        return cmd._argsDescription && cmd.registeredArguments.forEach((argument) => {
          argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
        }), cmd.registeredArguments.find((argument) => argument.description) ? cmd.registeredArguments : [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        let args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => Math.max(
          max,
          this.displayWidth(
            helper.styleSubcommandTerm(helper.subcommandTerm(command))
          )
        ), 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => Math.max(
          max,
          this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
        ), 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => Math.max(
          max,
          this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
        ), 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => Math.max(
          max,
          this.displayWidth(
            helper.styleArgumentTerm(helper.argumentTerm(argument))
          )
        ), 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        cmd._aliases[0] && (cmdName = cmdName + "|" + cmd._aliases[0]);
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent)
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        let extraInfo = [];
        if (option.argChoices && extraInfo.push(
          // use stringify to match the display of the default value
          `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
        ), option.defaultValue !== void 0 && (option.required || option.optional || option.isBoolean() && typeof option.defaultValue == "boolean") && extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
        ), option.presetArg !== void 0 && option.optional && extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`), option.envVar !== void 0 && extraInfo.push(`env: ${option.envVar}`), extraInfo.length > 0) {
          let extraDescription = `(${extraInfo.join(", ")})`;
          return option.description ? `${option.description} ${extraDescription}` : extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        let extraInfo = [];
        if (argument.argChoices && extraInfo.push(
          // use stringify to match the display of the default value
          `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
        ), argument.defaultValue !== void 0 && extraInfo.push(
          `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
        ), extraInfo.length > 0) {
          let extraDescription = `(${extraInfo.join(", ")})`;
          return argument.description ? `${argument.description} ${extraDescription}` : extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        return items.length === 0 ? [] : [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        let result = /* @__PURE__ */ new Map();
        return unsortedItems.forEach((item) => {
          let group = getGroup(item);
          result.has(group) || result.set(group, []);
        }), visibleItems.forEach((item) => {
          let group = getGroup(item);
          result.has(group) || result.set(group, []), result.get(group).push(item);
        }), result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        let termWidth = helper.padWidth(cmd, helper), helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ], commandDescription = helper.commandDescription(cmd);
        commandDescription.length > 0 && (output = output.concat([
          helper.boxWrap(
            helper.styleCommandDescription(commandDescription),
            helpWidth
          ),
          ""
        ]));
        let argumentList = helper.visibleArguments(cmd).map((argument) => callFormatItem(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
          helper.styleArgumentDescription(helper.argumentDescription(argument))
        ));
        if (output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        ), this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        ).forEach((options, group) => {
          let optionList = options.map((option) => callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option))
          ));
          output = output.concat(this.formatItemList(group, optionList, helper));
        }), helper.showGlobalOptions) {
          let globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option))
          ));
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        return this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        ).forEach((commands, group) => {
          let commandList = commands.map((sub) => callFormatItem(
            helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
            helper.styleSubcommandDescription(helper.subcommandDescription(sub))
          ));
          output = output.concat(this.formatItemList(group, commandList, helper));
        }), output.join(`
`);
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => word === "[options]" ? this.styleOptionText(word) : word === "[command]" ? this.styleSubcommandText(word) : word[0] === "[" || word[0] === "<" ? this.styleArgumentText(word) : this.styleCommandText(word)).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => word === "[options]" ? this.styleOptionText(word) : word[0] === "[" || word[0] === "<" ? this.styleArgumentText(word) : this.styleSubcommandText(word)).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        let itemIndentStr = " ".repeat(2);
        if (!description) return itemIndentStr + term;
        let paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        ), spacerWidth = 2, remainingWidth = (this.helpWidth ?? 80) - termWidth - spacerWidth - 2, formattedDescription;
        return remainingWidth < this.minWidthToWrap || helper.preformatted(description) ? formattedDescription = description : formattedDescription = helper.boxWrap(description, remainingWidth).replace(
          /\n/g,
          `
` + " ".repeat(termWidth + spacerWidth)
        ), itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        let rawLines = str.split(/\r\n|\n/), chunkPattern = /[\s]*[^\s]+/g, wrappedLines = [];
        return rawLines.forEach((line) => {
          let chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()], sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            let visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk), sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            let nextChunk = chunk.trimStart();
            sumChunks = [nextChunk], sumWidth = this.displayWidth(nextChunk);
          }), wrappedLines.push(sumChunks.join(""));
        }), wrappedLines.join(`
`);
      }
    };
    function stripColor(str) {
      let sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error(), Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags, this.description = description || "", this.required = flags.includes("<"), this.optional = flags.includes("["), this.variadic = /\w\.\.\.[>\]]$/.test(flags), this.mandatory = !1;
        let optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag, this.long = optionFlags.longFlag, this.negate = !1, this.long && (this.negate = this.long.startsWith("--no-")), this.defaultValue = void 0, this.defaultValueDescription = void 0, this.presetArg = void 0, this.envVar = void 0, this.parseArg = void 0, this.hidden = !1, this.argChoices = void 0, this.conflictsWith = [], this.implied = void 0, this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        return this.defaultValue = value, this.defaultValueDescription = description, this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        return this.presetArg = arg, this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        return this.conflictsWith = this.conflictsWith.concat(names), this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        return typeof impliedOptionValues == "string" && (newImplied = { [impliedOptionValues]: !0 }), this.implied = Object.assign(this.implied || {}, newImplied), this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        return this.envVar = name, this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        return this.parseArg = fn, this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = !0) {
        return this.mandatory = !!mandatory, this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = !0) {
        return this.hidden = !!hide, this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        return previous === this.defaultValue || !Array.isArray(previous) ? [value] : (previous.push(value), previous);
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        return this.argChoices = values.slice(), this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg))
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          return this.variadic ? this._collectValue(arg, previous) : arg;
        }, this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        return this.long ? this.long.replace(/^--/, "") : this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        return this.negate ? camelcase(this.name().replace(/^no-/, "")) : camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        return this.helpGroupHeading = heading, this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    }, DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map(), this.negativeOptions = /* @__PURE__ */ new Map(), this.dualOptions = /* @__PURE__ */ new Set(), options.forEach((option) => {
          option.negate ? this.negativeOptions.set(option.attributeName(), option) : this.positiveOptions.set(option.attributeName(), option);
        }), this.negativeOptions.forEach((value, key) => {
          this.positiveOptions.has(key) && this.dualOptions.add(key);
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        let optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return !0;
        let preset = this.negativeOptions.get(optionKey).presetArg, negativeValue = preset !== void 0 ? preset : !1;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => str2 + word[0].toUpperCase() + word.slice(1));
    }
    function splitOptionFlags(flags) {
      let shortFlag, longFlag, shortFlagExp = /^-[^-]$/, longFlagExp = /^--[^-]/, flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0]) && (shortFlag = flagParts.shift()), longFlagExp.test(flagParts[0]) && (longFlag = flagParts.shift()), !shortFlag && shortFlagExp.test(flagParts[0]) && (shortFlag = flagParts.shift()), !shortFlag && longFlagExp.test(flagParts[0]) && (shortFlag = longFlag, longFlag = flagParts.shift()), flagParts[0].startsWith("-")) {
        let unsupportedFlag = flagParts[0], baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        throw /^-[^-][^-]/.test(unsupportedFlag) ? new Error(
          `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
        ) : shortFlagExp.test(unsupportedFlag) ? new Error(`${baseError}
- too many short flags`) : longFlagExp.test(unsupportedFlag) ? new Error(`${baseError}
- too many long flags`) : new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > 3)
        return Math.max(a.length, b.length);
      let d = [];
      for (let i = 0; i <= a.length; i++)
        d[i] = [i];
      for (let j = 0; j <= b.length; j++)
        d[0][j] = j;
      for (let j = 1; j <= b.length; j++)
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          a[i - 1] === b[j - 1] ? cost = 0 : cost = 1, d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          ), i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1));
        }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      let searchingOptions = word.startsWith("--");
      searchingOptions && (word = word.slice(2), candidates = candidates.map((candidate) => candidate.slice(2)));
      let similar = [], bestDistance = 3, minSimilarity = 0.4;
      return candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        let distance = editDistance(word, candidate), length = Math.max(word.length, candidate.length);
        (length - distance) / length > minSimilarity && (distance < bestDistance ? (bestDistance = distance, similar = [candidate]) : distance === bestDistance && similar.push(candidate));
      }), similar.sort((a, b) => a.localeCompare(b)), searchingOptions && (similar = similar.map((candidate) => `--${candidate}`)), similar.length > 1 ? `
(Did you mean one of ${similar.join(", ")}?)` : similar.length === 1 ? `
(Did you mean ${similar[0]}?)` : "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter, childProcess = __require("node:child_process"), path = __require("node:path"), fs = __require("node:fs"), process2 = __require("node:process"), { Argument: Argument2, humanReadableArgName } = require_argument(), { CommanderError: CommanderError2 } = require_error(), { Help: Help2, stripColor } = require_help(), { Option: Option2, DualOptions } = require_option(), { suggestSimilar } = require_suggestSimilar(), Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super(), this.commands = [], this.options = [], this.parent = null, this._allowUnknownOption = !1, this._allowExcessArguments = !1, this.registeredArguments = [], this._args = this.registeredArguments, this.args = [], this.rawArgs = [], this.processedArgs = [], this._scriptPath = null, this._name = name || "", this._optionValues = {}, this._optionValueSources = {}, this._storeOptionsAsProperties = !1, this._actionHandler = null, this._executableHandler = !1, this._executableFile = null, this._executableDir = null, this._defaultCommandName = null, this._exitCallback = null, this._aliases = [], this._combineFlagAndOptionalValue = !0, this._description = "", this._summary = "", this._argsDescription = void 0, this._enablePositionalOptions = !1, this._passThroughOptions = !1, this._lifeCycleHooks = {}, this._showHelpAfterError = !1, this._showSuggestionAfterError = !0, this._savedState = null, this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        }, this._hidden = !1, this._helpOption = void 0, this._addImplicitHelpCommand = void 0, this._helpCommand = void 0, this._helpConfiguration = {}, this._helpGroupHeading = void 0, this._defaultCommandGroup = void 0, this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        return this._outputConfiguration = sourceCommand._outputConfiguration, this._helpOption = sourceCommand._helpOption, this._helpCommand = sourceCommand._helpCommand, this._helpConfiguration = sourceCommand._helpConfiguration, this._exitCallback = sourceCommand._exitCallback, this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties, this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue, this._allowExcessArguments = sourceCommand._allowExcessArguments, this._enablePositionalOptions = sourceCommand._enablePositionalOptions, this._showHelpAfterError = sourceCommand._showHelpAfterError, this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError, this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        let result = [];
        for (let command = this; command; command = command.parent)
          result.push(command);
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc, opts = execOpts;
        typeof desc == "object" && desc !== null && (opts = desc, desc = null), opts = opts || {};
        let [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/), cmd = this.createCommand(name);
        return desc && (cmd.description(desc), cmd._executableHandler = !0), opts.isDefault && (this._defaultCommandName = cmd._name), cmd._hidden = !!(opts.noHelp || opts.hidden), cmd._executableFile = opts.executableFile || null, args && cmd.arguments(args), this._registerCommand(cmd), cmd.parent = this, cmd.copyInheritedSettings(this), desc ? this : cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        return configuration === void 0 ? this._helpConfiguration : (this._helpConfiguration = configuration, this);
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        return configuration === void 0 ? this._outputConfiguration : (this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        }, this);
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = !0) {
        return typeof displayHelp != "string" && (displayHelp = !!displayHelp), this._showHelpAfterError = displayHelp, this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = !0) {
        return this._showSuggestionAfterError = !!displaySuggestion, this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name)
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        return opts = opts || {}, opts.isDefault && (this._defaultCommandName = cmd._name), (opts.noHelp || opts.hidden) && (cmd._hidden = !0), this._registerCommand(cmd), cmd.parent = this, cmd._checkForBrokenPassThrough(), this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        let argument = this.createArgument(name, description);
        return typeof parseArg == "function" ? argument.default(defaultValue).argParser(parseArg) : argument.default(parseArg), this.addArgument(argument), this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        return names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        }), this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        let previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic)
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0)
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        return this.registeredArguments.push(argument), this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs == "boolean")
          return this._addImplicitHelpCommand = enableOrNameAndArgs, enableOrNameAndArgs && this._defaultCommandGroup && this._initCommandGroup(this._getHelpCommand()), this;
        let nameAndArgs = enableOrNameAndArgs ?? "help [command]", [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/), helpDescription = description ?? "display help for command", helpCommand = this.createCommand(helpName);
        return helpCommand.helpOption(!1), helpArgs && helpCommand.arguments(helpArgs), helpDescription && helpCommand.description(helpDescription), this._addImplicitHelpCommand = !0, this._helpCommand = helpCommand, (enableOrNameAndArgs || description) && this._initCommandGroup(helpCommand), this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        return typeof helpCommand != "object" ? (this.helpCommand(helpCommand, deprecatedDescription), this) : (this._addImplicitHelpCommand = !0, this._helpCommand = helpCommand, this._initCommandGroup(helpCommand), this);
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        return this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help")) ? (this._helpCommand === void 0 && this.helpCommand(void 0, void 0), this._helpCommand) : null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        let allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event))
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        return this._lifeCycleHooks[event] ? this._lifeCycleHooks[event].push(listener) : this._lifeCycleHooks[event] = [listener], this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        return fn ? this._exitCallback = fn : this._exitCallback = (err) => {
          if (err.code !== "commander.executeSubCommandAsync")
            throw err;
        }, this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        this._exitCallback && this._exitCallback(new CommanderError2(exitCode, code, message)), process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        let listener = (args) => {
          let expectedArgsCount = this.registeredArguments.length, actionArgs = args.slice(0, expectedArgsCount);
          return this._storeOptionsAsProperties ? actionArgs[expectedArgsCount] = this : actionArgs[expectedArgsCount] = this.opts(), actionArgs.push(this), fn.apply(this, actionArgs);
        };
        return this._actionHandler = listener, this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            let message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        let matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          let matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option), this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        let knownBy = (cmd) => [cmd.name()].concat(cmd.aliases()), alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          let existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|"), newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command), this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        let oname = option.name(), name = option.attributeName();
        if (option.negate) {
          let positiveLongFlag = option.long.replace(/^--no-/, "--");
          this._findOption(positiveLongFlag) || this.setOptionValueWithSource(
            name,
            option.defaultValue === void 0 ? !0 : option.defaultValue,
            "default"
          );
        } else option.defaultValue !== void 0 && this.setOptionValueWithSource(name, option.defaultValue, "default");
        let handleOptionValue = (val, invalidValueMessage, valueSource) => {
          val == null && option.presetArg !== void 0 && (val = option.presetArg);
          let oldValue = this.getOptionValue(name);
          val !== null && option.parseArg ? val = this._callParseArg(option, val, oldValue, invalidValueMessage) : val !== null && option.variadic && (val = option._collectValue(val, oldValue)), val == null && (option.negate ? val = !1 : option.isBoolean() || option.optional ? val = !0 : val = ""), this.setOptionValueWithSource(name, val, valueSource);
        };
        return this.on("option:" + oname, (val) => {
          let invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        }), option.envVar && this.on("optionEnv:" + oname, (val) => {
          let invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "env");
        }), this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags == "object" && flags instanceof Option2)
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        let option = this.createOption(flags, description);
        if (option.makeOptionMandatory(!!config.mandatory), typeof fn == "function")
          option.default(defaultValue).argParser(fn);
        else if (fn instanceof RegExp) {
          let regex = fn;
          fn = (val, def) => {
            let m = regex.exec(val);
            return m ? m[0] : def;
          }, option.default(defaultValue).argParser(fn);
        } else
          option.default(fn);
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: !0 },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = !0) {
        return this._combineFlagAndOptionalValue = !!combine, this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = !0) {
        return this._allowUnknownOption = !!allowUnknown, this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = !0) {
        return this._allowExcessArguments = !!allowExcess, this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = !0) {
        return this._enablePositionalOptions = !!positional, this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = !0) {
        return this._passThroughOptions = !!passThrough, this._checkForBrokenPassThrough(), this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions)
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = !0) {
        if (this.options.length)
          throw new Error("call .storeOptionsAsProperties() before adding options");
        if (Object.keys(this._optionValues).length)
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        return this._storeOptionsAsProperties = !!storeAsProperties, this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        return this._storeOptionsAsProperties ? this[key] : this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        return this._storeOptionsAsProperties ? this[key] = value : this._optionValues[key] = value, this._optionValueSources[key] = source, this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        return this._getCommandAndAncestors().forEach((cmd) => {
          cmd.getOptionValueSource(key) !== void 0 && (source = cmd.getOptionValueSource(key));
        }), source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv))
          throw new Error("first parameter to parse must be array or undefined");
        if (parseOptions = parseOptions || {}, argv === void 0 && parseOptions.from === void 0) {
          process2.versions?.electron && (parseOptions.from = "electron");
          let execArgv = process2.execArgv ?? [];
          (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) && (parseOptions.from = "eval");
        }
        argv === void 0 && (argv = process2.argv), this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1], userArgs = argv.slice(2);
            break;
          case "electron":
            process2.defaultApp ? (this._scriptPath = argv[1], userArgs = argv.slice(2)) : userArgs = argv.slice(1);
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        return !this._name && this._scriptPath && this.nameFromFilename(this._scriptPath), this._name = this._name || "program", userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        let userArgs = this._prepareUserArgs(argv, parseOptions);
        return this._parseCommand([], userArgs), this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        let userArgs = this._prepareUserArgs(argv, parseOptions);
        return await this._parseCommand([], userArgs), this;
      }
      _prepareForParse() {
        this._savedState === null ? this.saveStateBeforeParse() : this.restoreStateBeforeParse();
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name, this._scriptPath = null, this.rawArgs = [], this._optionValues = { ...this._savedState._optionValues }, this._optionValueSources = { ...this._savedState._optionValueSources }, this.args = [], this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        let executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory", executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = !1, sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          let localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return;
          let foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
        }
        this._checkForMissingMandatoryOptions(), this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`, executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            let legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            legacyName !== this._name && (localFile = findFile(
              executableDir,
              `${legacyName}-${subcommand._name}`
            ));
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        process2.platform !== "win32" ? launchWithNode ? (args.unshift(executableFile), args = incrementNodeInspectorPort(process2.execArgv).concat(args), proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" })) : proc = childProcess.spawn(executableFile, args, { stdio: "inherit" }) : (this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name
        ), args.unshift(executableFile), args = incrementNodeInspectorPort(process2.execArgv).concat(args), proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" })), proc.killed || ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"].forEach((signal) => {
          process2.on(signal, () => {
            proc.killed === !1 && proc.exitCode === null && proc.kill(signal);
          });
        });
        let exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1, exitCallback ? exitCallback(
            new CommanderError2(
              code,
              "commander.executeSubCommandAsync",
              "(close)"
            )
          ) : process2.exit(code);
        }), proc.on("error", (err) => {
          if (err.code === "ENOENT")
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          else if (err.code === "EACCES")
            throw new Error(`'${executableFile}' not executable`);
          if (!exitCallback)
            process2.exit(1);
          else {
            let wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err, exitCallback(wrappedError);
          }
        }), this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        let subCommand = this._findCommand(commandName);
        subCommand || this.help({ error: !0 }), subCommand._prepareForParse();
        let promiseChain;
        return promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        ), promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler)
            this._executeSubCommand(subCommand, operands.concat(unknown));
          else
            return subCommand._parseCommand(operands, unknown);
        }), promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        subcommandName || this.help();
        let subCommand = this._findCommand(subcommandName);
        return subCommand && !subCommand._executableHandler && subCommand.help(), this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          arg.required && this.args[i] == null && this.missingArgument(arg.name());
        }), !(this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) && this.args.length > this.registeredArguments.length && this._excessArguments(this.args);
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        let myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            let invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        let processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          declaredArg.variadic ? index < this.args.length ? (value = this.args.slice(index), declaredArg.parseArg && (value = value.reduce((processed, v) => myParseArg(declaredArg, v, processed), declaredArg.defaultValue))) : value === void 0 && (value = []) : index < this.args.length && (value = this.args[index], declaredArg.parseArg && (value = myParseArg(declaredArg, value, declaredArg.defaultValue))), processedArgs[index] = value;
        }), this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        return promise?.then && typeof promise.then == "function" ? promise.then(() => fn()) : fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise, hooks = [];
        return this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        }), event === "postAction" && hooks.reverse(), hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => hookDetail.callback(hookDetail.hookedCommand, this));
        }), result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        return this._lifeCycleHooks[event] !== void 0 && this._lifeCycleHooks[event].forEach((hook) => {
          result = this._chainOrCall(result, () => hook(this, subCommand));
        }), result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        let parsed = this.parseOptions(unknown);
        if (this._parseOptionsEnv(), this._parseOptionsImplied(), operands = operands.concat(parsed.operands), unknown = parsed.unknown, this.args = operands.concat(unknown), operands && this._findCommand(operands[0]))
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name())
          return this._dispatchHelpCommand(operands[1]);
        if (this._defaultCommandName)
          return this._outputHelpIfRequested(unknown), this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName && this.help({ error: !0 }), this._outputHelpIfRequested(parsed.unknown), this._checkForMissingMandatoryOptions(), this._checkForConflictingOptions();
        let checkForUnknownOptions = () => {
          parsed.unknown.length > 0 && this.unknownOption(parsed.unknown[0]);
        }, commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions(), this._processArguments();
          let promiseChain;
          return promiseChain = this._chainOrCallHooks(promiseChain, "preAction"), promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          ), this.parent && (promiseChain = this._chainOrCall(promiseChain, () => {
            this.parent.emit(commandEvent, operands, unknown);
          })), promiseChain = this._chainOrCallHooks(promiseChain, "postAction"), promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent))
          checkForUnknownOptions(), this._processArguments(), this.parent.emit(commandEvent, operands, unknown);
        else if (operands.length) {
          if (this._findCommand("*"))
            return this._dispatchSubcommand("*", operands, unknown);
          this.listenerCount("command:*") ? this.emit("command:*", operands, unknown) : this.commands.length ? this.unknownCommand() : (checkForUnknownOptions(), this._processArguments());
        } else this.commands.length ? (checkForUnknownOptions(), this.help({ error: !0 })) : (checkForUnknownOptions(), this._processArguments());
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (name)
          return this.commands.find(
            (cmd) => cmd._name === name || cmd._aliases.includes(name)
          );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0 && cmd.missingMandatoryOptionValue(anOption);
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        let definedNonDefaultOptions = this.options.filter((option) => {
          let optionKey = option.attributeName();
          return this.getOptionValue(optionKey) === void 0 ? !1 : this.getOptionValueSource(optionKey) !== "default";
        });
        definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        ).forEach((option) => {
          let conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          conflictingAndDefined && this._conflictingOption(option, conflictingAndDefined);
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        let operands = [], unknown = [], dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        let negativeNumberArg = (arg) => /^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg) ? !this._getCommandAndAncestors().some(
          (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
        ) : !1, activeVariadicOption = null, activeGroup = null, i = 0;
        for (; i < args.length || activeGroup; ) {
          let arg = activeGroup ?? args[i++];
          if (activeGroup = null, arg === "--") {
            dest === unknown && dest.push(arg), dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          if (activeVariadicOption = null, maybeOption(arg)) {
            let option = this._findOption(arg);
            if (option) {
              if (option.required) {
                let value = args[i++];
                value === void 0 && this.optionMissingArgument(option), this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i])) && (value = args[i++]), this.emit(`option:${option.name()}`, value);
              } else
                this.emit(`option:${option.name()}`);
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            let option = this._findOption(`-${arg[1]}`);
            if (option) {
              option.required || option.optional && this._combineFlagAndOptionalValue ? this.emit(`option:${option.name()}`, arg.slice(2)) : (this.emit(`option:${option.name()}`), activeGroup = `-${arg.slice(2)}`);
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            let index = arg.indexOf("="), option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg)) && (dest = unknown), (this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg), unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          let result = {}, len = this.options.length;
          for (let i = 0; i < len; i++) {
            let key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        ), typeof this._showHelpAfterError == "string" ? this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`) : this._showHelpAfterError && (this._outputConfiguration.writeErr(`
`), this.outputHelp({ error: !0 }));
        let config = errorOptions || {}, exitCode = config.exitCode || 1, code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            let optionKey = option.attributeName();
            (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) && (option.required || option.optional ? this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]) : this.emit(`optionEnv:${option.name()}`));
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        let dualHelper = new DualOptions(this.options), hasCustomOptionValue = (optionKey) => this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        let message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        let message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        let message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        let findBestOptionFromValue = (option2) => {
          let optionKey = option2.attributeName(), optionValue = this.getOptionValue(optionKey), negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          ), positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          return negativeOption && (negativeOption.presetArg === void 0 && optionValue === !1 || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg) ? negativeOption : positiveOption || option2;
        }, getErrorMessage = (option2) => {
          let bestOption = findBestOptionFromValue(option2), optionKey = bestOption.attributeName();
          return this.getOptionValueSource(optionKey) === "env" ? `environment variable '${bestOption.envVar}'` : `option '${bestOption.flags}'`;
        }, message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [], command = this;
          do {
            let moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags), command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        let message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        let expected = this.registeredArguments.length, s = expected === 1 ? "" : "s", message = `error: too many arguments${this.parent ? ` for '${this.name()}'` : ""}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        let unknownName = this.args[0], suggestion = "";
        if (this._showSuggestionAfterError) {
          let candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name()), command.alias() && candidateNames.push(command.alias());
          }), suggestion = suggestSimilar(unknownName, candidateNames);
        }
        let message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str, flags = flags || "-V, --version", description = description || "output the version number";
        let versionOption = this.createOption(flags, description);
        return this._versionOptionName = versionOption.attributeName(), this._registerOption(versionOption), this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`), this._exit(0, "commander.version", str);
        }), this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        return str === void 0 && argsDescription === void 0 ? this._description : (this._description = str, argsDescription && (this._argsDescription = argsDescription), this);
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        return str === void 0 ? this._summary : (this._summary = str, this);
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler && (command = this.commands[this.commands.length - 1]), alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        let matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          let existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        return command._aliases.push(alias), this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        return aliases === void 0 ? this._aliases : (aliases.forEach((alias) => this.alias(alias)), this);
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          let args = this.registeredArguments.map((arg) => humanReadableArgName(arg));
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        return this._usage = str, this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        return str === void 0 ? this._name : (this._name = str, this);
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        return heading === void 0 ? this._helpGroupHeading ?? "" : (this._helpGroupHeading = heading, this);
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        return heading === void 0 ? this._defaultCommandGroup ?? "" : (this._defaultCommandGroup = heading, this);
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        return heading === void 0 ? this._defaultOptionGroup ?? "" : (this._defaultOptionGroup = heading, this);
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        this._defaultOptionGroup && !option.helpGroupHeading && option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        this._defaultCommandGroup && !cmd.helpGroup() && cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        return this._name = path.basename(filename, path.extname(filename)), this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        return path2 === void 0 ? this._executableDir : (this._executableDir = path2, this);
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        let helper = this.createHelp(), context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        let text = helper.formatHelp(this, helper);
        return context.hasColors ? text : this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        let error = !!contextOptions.error, baseWrite, hasColors, helpWidth;
        return error ? (baseWrite = (str) => this._outputConfiguration.writeErr(str), hasColors = this._outputConfiguration.getErrHasColors(), helpWidth = this._outputConfiguration.getErrHelpWidth()) : (baseWrite = (str) => this._outputConfiguration.writeOut(str), hasColors = this._outputConfiguration.getOutHasColors(), helpWidth = this._outputConfiguration.getOutHelpWidth()), { error, write: (str) => (hasColors || (str = this._outputConfiguration.stripColor(str)), baseWrite(str)), hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        typeof contextOptions == "function" && (deprecatedCallback = contextOptions, contextOptions = void 0);
        let outputContext = this._getOutputContext(contextOptions), eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext)), this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback && (helpInformation = deprecatedCallback(helpInformation), typeof helpInformation != "string" && !Buffer.isBuffer(helpInformation)))
          throw new Error("outputHelp callback must return a string or a Buffer");
        outputContext.write(helpInformation), this._getHelpOption()?.long && this.emit(this._getHelpOption().long), this.emit("afterHelp", eventContext), this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        return typeof flags == "boolean" ? (flags ? (this._helpOption === null && (this._helpOption = void 0), this._defaultOptionGroup && this._initOptionGroup(this._getHelpOption())) : this._helpOption = null, this) : (this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        ), (flags || description) && this._initOptionGroup(this._helpOption), this);
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        return this._helpOption === void 0 && this.helpOption(void 0, void 0), this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        return this._helpOption = option, this._initOptionGroup(option), this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        exitCode === 0 && contextOptions && typeof contextOptions != "function" && contextOptions.error && (exitCode = 1), this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position2, text) {
        let allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position2))
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        let helpEvent = `${position2}Help`;
        return this.on(helpEvent, (context) => {
          let helpStr;
          typeof text == "function" ? helpStr = text({ error: context.error, command: context.command }) : helpStr = text, helpStr && context.write(`${helpStr}
`);
        }), this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        let helpOption = this._getHelpOption();
        helpOption && args.find((arg) => helpOption.is(arg)) && (this.outputHelp(), this._exit(0, "commander.helpDisplayed", "(outputHelp)"));
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect"))
          return arg;
        let debugOption, debugHost = "127.0.0.1", debugPort = "9229", match;
        return (match = arg.match(/^(--inspect(-brk)?)$/)) !== null ? debugOption = match[1] : (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null ? (debugOption = match[1], /^\d+$/.test(match[3]) ? debugPort = match[3] : debugHost = match[3]) : (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null && (debugOption = match[1], debugHost = match[3], debugPort = match[4]), debugOption && debugPort !== "0" ? `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}` : arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return !1;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return !0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument(), { Command: Command2 } = require_command(), { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error(), { Help: Help2 } = require_help(), { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/cli/errors.ts
function reportFatal(error) {
  let debug = process.env.MANDATE_DEBUG === "1";
  if (error instanceof MandateError)
    process.stderr.write(`mandate: ${error.message}
`), error.hint && process.stderr.write(`  ${error.hint}
`);
  else {
    let message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `mandate: internal error: ${message}
  This is a bug in mandate; nothing was approved. Re-run with MANDATE_DEBUG=1 and report it.
`
    );
  }
  return debug && error instanceof Error && error.stack && process.stderr.write(`${error.stack}
`), 2;
}

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1), {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/commands.ts
var import_picocolors2 = __toESM(require_picocolors(), 1);
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join as join2, relative, resolve, sep } from "node:path";

// src/reporters/json.ts
function toJsonFinding(f) {
  let out = {
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    path: f.path,
    line: f.line,
    endLine: f.endLine,
    column: f.column,
    message: f.message,
    redacted: f.redacted,
    fingerprint: f.fingerprint,
    blocking: f.blocking
  };
  return f.commit !== void 0 && (out.commit = f.commit), f.author !== void 0 && (out.author = f.author), f.date !== void 0 && (out.date = f.date), out;
}
function toJsonReport(result) {
  return {
    version: 1,
    decision: result.decision,
    findings: result.findings.map(toJsonFinding),
    stats: {
      files: result.stats.files,
      bytes: result.stats.bytes,
      durationMs: result.stats.durationMs
    }
  };
}
function formatJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}

// src/reporters/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var BLOCK_MARK = "\u2716", WARN_MARK = "\u26A0", PASS_MARK = "\u2714";
function severityColor(c, severity) {
  switch (severity) {
    case "critical":
    case "high":
      return c.red;
    case "medium":
      return c.yellow;
    default:
      return c.dim;
  }
}
function historyNote(finding) {
  if (finding.commit === void 0) return "";
  let by = finding.author === void 0 ? "" : ` by ${sanitize(finding.author)}`, on = finding.date === void 0 ? "" : `, ${sanitize(finding.date.slice(0, 10))}`;
  return `(commit ${sanitize(shortSha(finding.commit))}${by}${on})`;
}
function cell(plain, paint = (s) => s) {
  return { plain, painted: plain === "" ? "" : paint(plain) };
}
function findingCells(c, f) {
  let mark = f.blocking ? BLOCK_MARK : WARN_MARK;
  return [
    cell(position(f), c.dim),
    {
      plain: `${mark} ${f.severity}`,
      painted: `${(f.blocking ? c.red : c.yellow)(mark)} ${severityColor(c, f.severity)(f.severity)}`
    },
    cell(sanitize(f.title ?? f.message)),
    cell(sanitize(f.redacted), c.cyan)
  ];
}
function fileSection(c, path, findings) {
  let rows = findings.map((f) => ({
    cells: findingCells(c, f),
    tail: [sanitize(f.ruleId), historyNote(f)].filter((s) => s !== "").map((s) => c.dim(s))
  })), widths = rows[0]?.cells.map(
    (_, i) => Math.max(...rows.map((r) => r.cells[i]?.plain.length ?? 0))
  ), lines = [c.bold(c.underline(sanitize(path)))];
  for (let { cells, tail } of rows) {
    let parts = cells.flatMap((col, i) => {
      let width = widths?.[i] ?? 0;
      return width === 0 ? [] : [col.painted + " ".repeat(width - col.plain.length)];
    });
    lines.push(`  ${[...parts, ...tail].join("  ")}`);
  }
  return lines;
}
function howToFixSection(c, result) {
  let groups = groupByRule(result);
  if (groups.length === 0) return [];
  let lines = [c.bold("How to fix")];
  for (let { rule, findings } of groups) {
    let mark = findings.some((f) => f.blocking) ? c.red(BLOCK_MARK) : c.yellow(WARN_MARK);
    lines.push(`  ${mark} ${c.bold(sanitize(rule.title))} ${c.dim(`(${sanitize(rule.id)})`)}`), lines.push(`    ${sanitize(remediationOf(rule))}`), findings.some((f) => f.commit !== void 0) && lines.push(`    ${HISTORY_HINT}`), lines.push(`    ${falsePositiveHint(findings)}`);
    for (let f of findings) lines.push(`      ${sanitize(ignoreLine(f))}`);
  }
  return lines;
}
function unusedIgnoreSection(c, result) {
  let migrate = migrationNotice(result.migrations);
  return [
    ...migrate === null ? [] : [`${c.yellow(WARN_MARK)} ${migrate}`],
    ...result.unusedIgnores.map(
      (u) => `${c.yellow(WARN_MARK)} .mandateignore:${u.line}: entry matched nothing in this run${u.reason === "" ? "" : ` (${sanitize(u.reason)})`}; remove it if the secret is gone: ` + sanitize(u.fingerprint)
    )
  ];
}
function verdictLines(c, result) {
  let reasons = result.reasons.map(sanitize).join("; ");
  return result.decision === "block" ? [`${c.bold(c.red(`${BLOCK_MARK} blocked`))}${reasons === "" ? "" : `: ${reasons}`}`, ...result.unblock.map((u) => `  \u2192 ${sanitize(u)}`)] : [`${c.bold(c.green(`${PASS_MARK} passed`))}${reasons === "" ? "" : `: ${reasons}`}`];
}
function formatText(result, options) {
  let c = (0, import_picocolors.createColors)(options.color), sections = [], byFile = /* @__PURE__ */ new Map();
  for (let f of result.findings) {
    let list = byFile.get(f.path);
    list === void 0 ? byFile.set(f.path, [f]) : list.push(f);
  }
  for (let [path, findings] of byFile) sections.push(fileSection(c, path, findings));
  if (options.quiet === !0) {
    let tail = verdictLines(c, result);
    result.stats.files === 0 && tail.unshift(c.dim(scannedSummary(result))), sections.push(tail);
  } else
    sections.push(howToFixSection(c, result)), sections.push(unusedIgnoreSection(c, result)), sections.push([c.dim(scannedSummary(result)), ...verdictLines(c, result)]);
  return `${sections.filter((s) => s.length > 0).map((s) => s.join(`
`)).join(`

`)}
`;
}

// src/rules/packs.ts
function builtinPacks() {
  return JSON.parse('[{"name":"recommended","description":"Provider-format detectors for cloud, code hosting, payment, chat and AI model APIs, private keys, tokens and connection strings, plus a non-blocking generic high-entropy rule.","rules":[{"id":"secret/aws-access-key-id","title":"AWS access key ID","provider":"AWS","description":"An AWS access key ID (AKIA long-term, ASIA temporary, ABIA/ACCA service keys). It is half of a credential pair; the secret key is usually next to it.","severity":"critical","keywords":["akia","asia","abia","acca"],"regex":"(?<![A-Za-z0-9])(?<!Credential=)(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])","entropy":3,"allowlist":{"regexes":["EXAMPLE$"]},"remediation":"Deactivate and delete the key in the AWS console (IAM \u2192 Users \u2192 Security credentials, or `aws iam delete-access-key`), review CloudTrail for its use, then remove it from the code and the git history and use a role or a secrets manager instead.","tags":["cloud","aws","structured"],"examples":{"positive":["AWS_ACCESS_KEY_ID={{lit:AKIA}}{{base32:16}}","provider \\"aws\\" {\\n  region     = \\"eu-west-1\\"\\n  access_key = \\"{{lit:AKIA}}{{base32:16}}\\"\\n}","session = boto3.Session(aws_access_key_id=\\"{{lit:ASIA}}{{base32:16}}\\")"],"negative":["aws_access_key_id = {{lit:AKIA}}IOSFODNN7{{lit:EXAMPLE}}","AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}","key = \\"{{lit:AKIA}}{{base32:12}}\\"","id: {{lit:AKIA}}{{lit:XXXXXXXXXXXXXXXX}}","\\"url\\": \\"https://bucket.s3.amazonaws.com/a.tgz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={{lit:AKIA}}{{base32:16}}%2F20190509%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature={{hex:64}}\\""]}},{"id":"secret/aws-secret-access-key","title":"AWS secret access key","provider":"AWS","description":"A 40-character AWS secret access key assigned to an AWS secret / SecretAccessKey name (also `aws configure set aws_secret_access_key \u2026`), or to a secret name just below an access key ID (a Terraform provider block).","severity":"critical","flags":"i","keywords":["secret","aws","akia","asia"],"regex":"(?:aws[\\\\w.-]{0,20}?secret|secret[_.-]?access[_.-]?key|AKIA[A-Z2-7]{16}[^\\\\n]{0,10}\\\\n[\\\\s\\\\S]{0,200}?secret|ASIA[A-Z2-7]{16}[^\\\\n]{0,10}\\\\n[\\\\s\\\\S]{0,200}?secret)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,)|(?<=configure[ \\\\t]+set[ \\\\t]+[\\\\w.-]{1,60})[ \\\\t]+)\\\\s{0,5}[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])","entropy":4.2,"allowlist":{"stopwords":["examplekey"]},"remediation":"Deactivate and delete the access key in the AWS console (IAM \u2192 Users \u2192 Security credentials), check CloudTrail for its use, then remove it from the code and the git history; prefer roles or AWS Secrets Manager.","tags":["cloud","aws"],"examples":{"positive":["[default]\\naws_access_key_id = {{lit:AKIA}}{{base32:16}}\\n{{mark}}aws_secret_access_key = {{base64:40}}","export AWS_SECRET_ACCESS_KEY=\\"{{base64:40}}\\"","  \\"SecretAccessKey\\": \\"{{base64:40}}\\",","provider \\"aws\\" {\\n  access_key = \\"{{lit:AKIA}}{{base32:16}}\\"\\n  {{mark}}secret_key = \\"{{base64:40}}\\"\\n}","aws configure set aws_secret_access_key {{base64:40}} --profile deploy"],"negative":["aws_secret_access_key = {{lit:wJalrXUtnFEMI/K7MDENG/bPxRfiCY}}{{lit:EXAMPLEKEY}}","aws configure set aws_secret_access_key \\"$AWS_SECRET_ACCESS_KEY\\"","          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}","aws_secret_key = \\"{{hex:40}}\\"","secret_access_key = os.environ[\\"AWS_SECRET_ACCESS_KEY\\"]"]}},{"id":"secret/gcp-service-account","title":"Google Cloud service account key","provider":"Google Cloud","description":"A service-account key file (JSON with \\"type\\" \\"service_account\\" and a private_key).","severity":"critical","keywords":["service_account"],"regex":"\\"type\\"\\\\s*:\\\\s*\\"service_account\\"[\\\\s\\\\S]{0,4000}?\\"private_key\\"\\\\s*:\\\\s*\\"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\\\s\\\\\\\\]{64,8000}?-----END (?:RSA )?PRIVATE KEY-----(?:\\\\\\\\n)?)\\"","validator":"gcp-service-account","remediation":"Delete the key in the Google Cloud console (IAM & Admin \u2192 Service accounts \u2192 Keys) or with `gcloud iam service-accounts keys delete`, then remove the file from the code and the git history; prefer workload identity federation over key files.","tags":["cloud","gcp","private-key"],"examples":{"positive":["{\\"type\\": \\"service_account\\", \\"project_id\\": \\"billing-prod\\", \\"private_key_id\\": \\"{{hex:40}}\\", \\"private_key\\": \\"{{pem-escaped:PRIVATE KEY}}\\", \\"client_email\\": \\"svc@billing-prod.iam.gserviceaccount.com\\"}","SERVICE_ACCOUNT = {\\n    \\"type\\": \\"service_account\\",\\n    \\"project_id\\": \\"ml-platform\\",\\n    \\"private_key\\": \\"{{pem-escaped:PRIVATE KEY}}\\",\\n    \\"client_email\\": \\"trainer@ml-platform.iam.gserviceaccount.com\\",\\n}"],"negative":["{\\"type\\": \\"service_account\\", \\"project_id\\": \\"demo\\", \\"private_key\\": \\"-----BEGIN PRIVATE KEY-----\\\\n<your key>\\\\n-----END PRIVATE KEY-----\\\\n\\"}","{\\"type\\": \\"authorized_user\\", \\"client_id\\": \\"{{digits:12}}.apps.googleusercontent.com\\", \\"private_key\\": \\"{{pem-escaped:PUBLIC KEY}}\\"}","credentials = service_account.Credentials.from_service_account_file(\\"sa.json\\")"]}},{"id":"secret/google-api-key","title":"Google API key (Gemini, Maps, Firebase)","provider":"Google","description":"A Google API key (AIza\u2026), used by Gemini, Maps, Firebase and other Google APIs.","severity":"high","keywords":["aiza"],"regex":"(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete or regenerate the key in the Google Cloud console (APIs & Services \u2192 Credentials) or Google AI Studio for Gemini keys, restrict the replacement by API and referrer, then remove it from the code and the git history.","tags":["cloud","google","ai","structured"],"examples":{"positive":["GEMINI_API_KEY={{lit:AIza}}{{base64url:35}}","genai.configure(api_key=\\"{{lit:AIza}}{{base64url:35}}\\")"],"negative":["GOOGLE_API_KEY=<YOUR_API_KEY>","const key = \\"{{lit:AIza}}{{base64url:20}}\\";","api_key = \\"{{lit:AIza}}{{lit:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX}}\\""]}},{"id":"secret/google-oauth-client-secret","title":"Google OAuth client secret","provider":"Google","description":"A Google OAuth 2.0 client secret (GOCSPX-\u2026).","severity":"high","keywords":["gocspx-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Reset the client secret in the Google Cloud console (APIs & Services \u2192 Credentials \u2192 OAuth client \u2192 Reset secret), then remove it from the code and the git history.","tags":["cloud","google","oauth","structured"],"examples":{"positive":["GOOGLE_CLIENT_SECRET={{lit:GOCSPX-}}{{base64url:28}}","  \\"client_secret\\": \\"{{lit:GOCSPX-}}{{base64url:28}}\\","],"negative":["GOOGLE_CLIENT_SECRET=GOCSPX-your-client-secret","client_secret: \\"{{lit:GOCSPX-}}{{lit:xxxxxxxxxxxxxxxxxxxxxxxxxxxx}}\\""]}},{"id":"secret/azure-storage-account-key","title":"Azure storage account key","provider":"Azure","description":"An Azure Storage connection string carrying an account key (AccountKey=\u2026==).","severity":"critical","flags":"i","keywords":["accountkey="],"regex":"AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)","entropy":4,"allowlist":{"stopwords":["eby8vdm02xnocqflquwjpllmetlcdxj1"]},"remediation":"Rotate the key in the Azure portal (Storage account \u2192 Security + networking \u2192 Access keys \u2192 Rotate key), then remove it from the code and the git history; prefer Entra ID (managed identity) or SAS tokens with short expiry.","tags":["cloud","azure","structured"],"examples":{"positive":["AZURE_STORAGE_CONNECTION_STRING=\\"DefaultEndpointsProtocol=https;AccountName=invoices;AccountKey={{base64:86}}==;EndpointSuffix=core.windows.net\\"","\\"ConnectionStrings\\": {\\n  \\"Blob\\": \\"DefaultEndpointsProtocol=https;AccountName=media;AccountKey={{base64:86}}==;EndpointSuffix=core.windows.net\\"\\n}"],"negative":["UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://127.0.0.1;AccountKey={{lit:Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UV}}{{lit:ErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==}}","conn = f\\"DefaultEndpointsProtocol=https;AccountName={name};AccountKey={key}\\"","AccountKey=<storage-account-key>"]}},{"id":"secret/azure-shared-access-key","title":"Azure Service Bus / Event Hubs / IoT Hub shared access key","provider":"Azure","description":"The `SharedAccessKey=` of an Azure Service Bus, Event Hubs, Relay or IoT Hub connection string (44 base64 characters); with its key name it signs tokens for the namespace or hub.","severity":"high","flags":"i","keywords":["sharedaccesskey="],"regex":"SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])","entropy":4,"remediation":"Regenerate the key in the Azure portal (the namespace or hub \u2192 Shared access policies \u2192 the policy \u2192 Regenerate), then remove it from the code and the git history; prefer Entra ID (managed identity) authentication.","tags":["cloud","azure","structured"],"examples":{"positive":["\\"ServiceBus\\": \\"Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={{base64:43}}=\\"","EVENTHUB_CONNECTION_STRING=Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={{base64:43}}=;EntityPath=events"],"negative":["\\"ServiceBus\\": \\"Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>\\"","SharedAccessKeyName=RootManageSharedAccessKey"]}},{"id":"secret/azure-sas-token","title":"Azure shared access signature (SAS)","provider":"Azure","description":"The `sig=` of an Azure Storage shared access signature \u2014 a URL, connection string (`SharedAccessSignature=`) or token with `sv=<version>` \u2014 which grants access to blobs, queues, tables or files until it expires.","severity":"high","keywords":["sig="],"regex":"sig=(?<=[?&;]sig=)(?:(?<=(?<![\\\\w-])sv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[^\\\\s\\\\x22\\\\x27<>]{0,600}sig=)|(?=[^\\\\s\\\\x22\\\\x27<>&]{40,200}&(?:[^\\\\s\\\\x22\\\\x27<>]{0,300}&)?sv=[0-9]{4}-[0-9]{2}-[0-9]{2}))(?<secret>[A-Za-z0-9%+/]{40,130}=?)(?![A-Za-z0-9%+/=])","entropy":4,"remediation":"Revoke the SAS \u2014 rotate the storage account key that signed it, or delete or change its stored access policy \u2014 then remove it from the code and the git history; prefer short-lived user-delegation SAS or Entra ID (managed identity).","tags":["cloud","azure"],"examples":{"positive":["AZURE_BLOB_SAS_URL=\\"https://media.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-01-01T00:00:00Z&spr=https&sig={{alnum:20}}%2B{{alnum:21}}%3D\\"","\\"Storage\\": \\"BlobEndpoint=https://media.blob.core.windows.net/;SharedAccessSignature=sv=2021-06-08&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&sig={{base64:43}}=\\""],"negative":["url = f\\"https://media.blob.core.windows.net/uploads?sv=2022-11-02&sp=r&sig={sas_sig}\\"","BLOB_URL=https://media.blob.core.windows.net/uploads?sv=2022-11-02&sp=r&sig=<signature>","https://example.org/verify?sig={{hex:64}}&ts=1700000000"]}},{"id":"secret/azure-ad-client-secret","title":"Microsoft Entra ID (Azure AD) client secret","provider":"Azure","description":"An Entra ID application client secret (about 40 characters containing a digit followed by Q~).","severity":"high","keywords":["q~"],"regex":"(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])","entropy":3.5,"remediation":"Delete the secret in the Azure portal (Entra ID \u2192 App registrations \u2192 Certificates & secrets) and create a new one, then remove it from the code and the git history; prefer certificates or managed identities.","tags":["cloud","azure","structured"],"examples":{"positive":["AZURE_CLIENT_SECRET={{alnum:3}}{{digits:1}}Q~{{base64url:34}}","    client_secret = \\"{{alnum:3}}{{digits:1}}Q~{{alnum:34}}\\""],"negative":["AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}","path = \\"~/Q~/{{alnum:6}}\\""]}},{"id":"secret/alibaba-access-key-id","title":"Alibaba Cloud AccessKey ID","provider":"Alibaba Cloud","description":"An Alibaba Cloud AccessKey ID (LTAI\u2026); its AccessKey secret is usually next to it.","severity":"high","keywords":["ltai"],"regex":"(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])","entropy":3,"remediation":"Disable and delete the AccessKey in the Alibaba Cloud RAM console (Users \u2192 AccessKey), then remove it from the code and the git history; prefer RAM roles and STS tokens.","tags":["cloud","alibaba","structured"],"examples":{"positive":["ALIBABA_CLOUD_ACCESS_KEY_ID={{lit:LTAI}}{{alnum:20}}","access_key_id: \\"{{lit:LTAI}}{{alnum:16}}\\""],"negative":["ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx","id = \\"{{lit:LTAI}}{{alnum:6}}\\""]}},{"id":"secret/digitalocean-token","title":"DigitalOcean token","provider":"DigitalOcean","description":"A DigitalOcean personal access, OAuth or refresh token (dop_v1_, doo_v1_, dor_v1_).","severity":"high","keywords":["dop_v1_","doo_v1_","dor_v1_"],"regex":"(?<![A-Za-z0-9_])(?<secret>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])","entropy":3,"remediation":"Revoke the token in the DigitalOcean control panel (API \u2192 Tokens), then remove it from the code and the git history.","tags":["cloud","digitalocean","structured"],"examples":{"positive":["DIGITALOCEAN_TOKEN={{lit:dop_v1_}}{{hex:64}}","token = \\"{{lit:doo_v1_}}{{hex:64}}\\""],"negative":["DIGITALOCEAN_TOKEN=dop_v1_<token>","token = \\"{{lit:dop_v1_}}{{hex:20}}\\""]}},{"id":"secret/heroku-api-key","title":"Heroku API key","provider":"Heroku","description":"A Heroku platform API key in the current format (HRKU-AA\u2026).","severity":"high","keywords":["hrku-aa"],"regex":"(?<![A-Za-z0-9_-])(?<secret>HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the key in the Heroku dashboard (Account settings \u2192 API key \u2192 Regenerate) or with `heroku authorizations:revoke`, then remove it from the code and the git history.","tags":["cloud","heroku","structured"],"examples":{"positive":["HEROKU_API_KEY={{lit:HRKU-AA}}{{base64url:58}}","heroku_api_key: \\"{{lit:HRKU-AA}}{{alnum:58}}\\""],"negative":["HEROKU_API_KEY=HRKU-AA<your key>","HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}"]}},{"id":"secret/heroku-legacy-api-key","title":"Heroku API key (legacy UUID)","provider":"Heroku","description":"A legacy Heroku API key (a UUID) assigned to a Heroku name.","severity":"high","flags":"i","keywords":["heroku"],"regex":"heroku[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Regenerate the API key in the Heroku dashboard (Account settings \u2192 API key), then remove it from the code and the git history.","tags":["cloud","heroku","keyword-anchored"],"examples":{"positive":["HEROKU_API_KEY={{uuid}}","      heroku_api_key: \\"{{uuid}}\\""],"negative":["HEROKU_APP_NAME=billing-prod","HEROKU_API_KEY=00000000-0000-0000-0000-000000000000"]}},{"id":"secret/cloudflare-api-token","title":"Cloudflare API token","provider":"Cloudflare","description":"A Cloudflare API token in the prefixed, checksummed format (cfk_, cfut_, cfat_).","severity":"high","keywords":["cfk_","cfut_","cfat_"],"regex":"(?<![A-Za-z0-9_])(?<secret>(?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[a-f0-9]{8})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Roll or delete the token in the Cloudflare dashboard (My Profile \u2192 API Tokens, or Manage Account \u2192 Account API Tokens), then remove it from the code and the git history.","tags":["cloud","cloudflare","structured"],"examples":{"positive":["CLOUDFLARE_API_TOKEN={{lit:cfut_}}{{alnum:40}}{{hex:8}}","api_token = \\"{{lit:cfat_}}{{alnum:40}}{{hex:8}}\\""],"negative":["CLOUDFLARE_API_TOKEN=cfut_<token>","token = \\"{{lit:cfk_}}{{alnum:20}}\\""]}},{"id":"secret/cloudflare-legacy-api-key","title":"Cloudflare API key or token (legacy)","provider":"Cloudflare","description":"A Cloudflare API token (40 characters) or Global API key (37 hex) assigned to a Cloudflare name.","severity":"high","flags":"i","keywords":["cloudflare","cf_api_"],"regex":"(?:cloudflare|cf_api_)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{40}|[a-f0-9]{37})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Roll the token (My Profile \u2192 API Tokens) or change the Global API key (My Profile \u2192 API Keys \u2192 Change) in the Cloudflare dashboard, then remove it from the code and the git history.","tags":["cloud","cloudflare","keyword-anchored"],"examples":{"positive":["CLOUDFLARE_API_TOKEN={{base64url:40}}","cloudflare_global_api_key = \\"{{hex:37}}\\""],"negative":["CLOUDFLARE_ZONE_ID={{hex:32}}","CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}"]}},{"id":"secret/vercel-token","title":"Vercel access token","provider":"Vercel","description":"A Vercel access token assigned to a Vercel name.","severity":"high","flags":"i","keywords":["vercel"],"regex":"vercel[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>vc[a-z]_[A-Za-z0-9]{20,80}|[A-Za-z0-9]{24})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete the token in the Vercel dashboard (Account Settings \u2192 Tokens), then remove it from the code and the git history.","tags":["cloud","vercel","keyword-anchored"],"examples":{"positive":["VERCEL_TOKEN={{alnum:24}}","        vercel-token: {{alnum:24}}"],"negative":["        vercel-token: ${{ secrets.VERCEL_TOKEN }}","VERCEL_ORG_ID=team_{{alnum:24}}"]}},{"id":"secret/supabase-service-key","title":"Supabase service role key","provider":"Supabase","description":"A Supabase service-role JWT or secret key (sb_secret_\u2026), which bypasses row-level security.","severity":"critical","flags":"i","keywords":["service_role","service-role","servicerole","supabase"],"regex":"(?:service[_-]?role|supabase[\\\\w.-]{0,20}?(?:service|secret))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,}|sb_secret_[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])","remediation":"Rotate the JWT secret or the secret API key in the Supabase dashboard (Project Settings \u2192 API Keys), then remove it from the code and the git history; never ship it to a browser.","tags":["cloud","supabase","jwt","keyword-anchored"],"examples":{"positive":["SUPABASE_SERVICE_ROLE_KEY={{jwt}}","const serviceRoleKey = \\"{{jwt}}\\";","SUPABASE_SECRET_KEY={{lit:sb_secret_}}{{base64url:32}}"],"negative":["SUPABASE_SERVICE_ROLE_KEY=${SUPABASE_SERVICE_ROLE_KEY}","const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY)","NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY={{lit:sb_publishable_}}{{base64url:32}}"]}},{"id":"secret/kubernetes-bootstrap-token","title":"Kubernetes bootstrap token","provider":"Kubernetes","description":"A kubeadm bootstrap token (6 + 16 lower-case letters and digits, at least one digit, `abcdef.0123456789abcdef`) in `kubeadm join --token`, a kubeadm configuration or a kubeconfig; it lets a machine join the cluster and obtain node credentials.","severity":"high","keywords":["token:","token=","token ","token\\"","token\'"],"regex":"(?:token:|token=|token |token\\\\x22|token\\\\x27|TOKEN:|TOKEN=|TOKEN |TOKEN\\\\x22|TOKEN\\\\x27)(?:(?<=[ \\\\x22\\\\x27])[ \\\\t]*[:=])?[ \\\\t]*[\\\\x22\\\\x27]?(?=[a-z.]{0,22}[0-9])(?<secret>[a-z0-9]{6}\\\\.[a-z0-9]{16})(?![A-Za-z0-9_.-])","entropy":3,"remediation":"Delete the token (`kubeadm token delete <id>`, or its `bootstrap-token-<id>` Secret in kube-system), check the nodes that joined with it, then remove it from the code and the git history; create join tokens with a short TTL when needed.","tags":["cloud","kubernetes","structured"],"examples":{"positive":["kubeadm join 10.0.0.10:6443 --token {{lower:6}}.{{lower:16}} --discovery-token-ca-cert-hash sha256:{{hex:64}}","apiVersion: kubeadm.k8s.io/v1beta3\\nkind: JoinConfiguration\\ndiscovery:\\n  bootstrapToken:\\n    {{mark}}token: {{lower:6}}.{{lower:16}}\\n    apiServerEndpoint: 10.0.0.10:6443","{\\"kind\\": \\"JoinConfiguration\\", \\"discovery\\": {\\"bootstrapToken\\": {\\"token\\": \\"{{lower:6}}.{{lower:16}}\\"}}}","K8S_JOIN_TOKEN = \'{{lower:6}}.{{lower:16}}\'"],"negative":["kubeadm join 10.0.0.10:6443 --token {{lit:abcdef.0123456789abcdef}}","kubeadm join 10.0.0.10:6443 --token $JOIN_TOKEN","token: ${KUBEADM_TOKEN}","tokenizer = \\"{{lower:6}}.{{lower:16}}\\"","token = config.accesstokenvalue"]}},{"id":"secret/github-pat","title":"GitHub personal access token (classic)","provider":"GitHub","description":"A classic GitHub personal access token (ghp_ + 30 random + CRC32 checksum).","severity":"high","keywords":["ghp_"],"regex":"(?<![A-Za-z0-9_])(?<secret>ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","validator":"github-checksum","remediation":"Delete the token at github.com \u2192 Settings \u2192 Developer settings \u2192 Personal access tokens (or ask an org owner to revoke it), then remove it from the code and the git history; prefer fine-grained tokens or a GitHub App.","tags":["vcs","github","structured"],"examples":{"positive":["GITHUB_TOKEN={{github:ghp_}}","const octokit = new Octokit({ auth: \\"{{github:ghp_}}\\" });","git clone https://x-access-token:{{github:ghp_}}@github.com/acme/infra.git"],"negative":["GITHUB_TOKEN={{github-badcrc:ghp_}}","token: ghp_{{lit:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx}}","        github-token: ${{ secrets.GITHUB_TOKEN }}"]}},{"id":"secret/github-oauth-token","title":"GitHub OAuth access token","provider":"GitHub","description":"A GitHub OAuth App user access token (gho_ + checksum).","severity":"high","keywords":["gho_"],"regex":"(?<![A-Za-z0-9_])(?<secret>gho_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","validator":"github-checksum","remediation":"Revoke the authorization at github.com \u2192 Settings \u2192 Applications \u2192 Authorized OAuth Apps (or reset the app\'s tokens in its developer settings), then remove it from the code and the git history.","tags":["vcs","github","structured"],"examples":{"positive":["oauth_token: {{github:gho_}}","{\\"access_token\\": \\"{{github:gho_}}\\", \\"token_type\\": \\"bearer\\"}"],"negative":["oauth_token: {{github-badcrc:gho_}}","oauth_token: gho_<token>"]}},{"id":"secret/github-user-to-server-token","title":"GitHub App user-to-server token","provider":"GitHub","description":"A GitHub App user access token (ghu_ + checksum).","severity":"high","keywords":["ghu_"],"regex":"(?<![A-Za-z0-9_])(?<secret>ghu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","validator":"github-checksum","remediation":"Revoke the token through the GitHub App\'s settings (or the REST API \\"Delete an app token\\"), then remove it from the code and the git history.","tags":["vcs","github","structured"],"examples":{"positive":["USER_TOKEN={{github:ghu_}}","headers = {\\"Authorization\\": \\"token {{github:ghu_}}\\"}"],"negative":["USER_TOKEN={{github-badcrc:ghu_}}","USER_TOKEN=ghu_{{alnum:20}}"]}},{"id":"secret/github-server-to-server-token","title":"GitHub App installation token","provider":"GitHub","description":"A GitHub App installation (server-to-server) token (ghs_ + checksum). These expire after an hour but grant the app\'s permissions until then.","severity":"high","keywords":["ghs_"],"regex":"(?<![A-Za-z0-9_])(?<secret>ghs_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","validator":"github-checksum","remediation":"Revoke it with the REST API (DELETE /installation/token) or rotate the GitHub App\'s private key if that leaked too, then remove it from the code and the git history.","tags":["vcs","github","structured"],"examples":{"positive":["INSTALLATION_TOKEN={{github:ghs_}}","git remote set-url origin https://x-access-token:{{github:ghs_}}@github.com/acme/app.git"],"negative":["INSTALLATION_TOKEN={{github-badcrc:ghs_}}","INSTALLATION_TOKEN=ghs_XXXXXXXXXXXX"]}},{"id":"secret/github-app-installation-token","title":"GitHub App installation token (JWT format)","provider":"GitHub","description":"A GitHub App installation token in the longer format (ghs_ + app id + _ + a JWT).","severity":"high","keywords":["ghs_"],"regex":"(?<![A-Za-z0-9_])(?<secret>ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])","entropy":4,"remediation":"Revoke it with the REST API (DELETE /installation/token) or rotate the GitHub App\'s private key, then remove it from the code and the git history.","tags":["vcs","github","jwt","structured"],"examples":{"positive":["GH_TOKEN={{lit:ghs_}}{{digits:7}}_{{jwt}}","token = \\"{{lit:ghs_}}{{digits:6}}_{{jwt}}\\""],"negative":["GH_TOKEN=ghs_123456_<jwt>","GH_TOKEN={{lit:ghs_}}{{digits:6}}"]}},{"id":"secret/github-refresh-token","title":"GitHub refresh token","provider":"GitHub","description":"A GitHub App refresh token (ghr_ + checksum).","severity":"high","keywords":["ghr_"],"regex":"(?<![A-Za-z0-9_])(?<secret>ghr_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","validator":"github-checksum","remediation":"Revoke the user\'s authorization of the GitHub App (Settings \u2192 Applications) so the refresh token stops working, then remove it from the code and the git history.","tags":["vcs","github","structured"],"examples":{"positive":["refresh_token={{github:ghr_}}","{\\"refresh_token\\": \\"{{github:ghr_}}\\", \\"expires_in\\": 28800}"],"negative":["refresh_token={{github-badcrc:ghr_}}","refresh_token=ghr_"]}},{"id":"secret/github-fine-grained-pat","title":"GitHub fine-grained personal access token","provider":"GitHub","description":"A GitHub fine-grained personal access token (github_pat_ + 82 characters).","severity":"high","keywords":["github_pat_"],"regex":"(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Delete the token at github.com \u2192 Settings \u2192 Developer settings \u2192 Fine-grained tokens (org owners can revoke it too), then remove it from the code and the git history.","tags":["vcs","github","structured"],"examples":{"positive":["GH_TOKEN={{lit:github_pat_}}{{alnum:22}}_{{alnum:59}}","export GITHUB_PAT=\\"{{lit:github_pat_}}{{alnum:22}}_{{alnum:59}}\\""],"negative":["GH_TOKEN=github_pat_<token>","GH_TOKEN={{lit:github_pat_}}{{alnum:22}}"]}},{"id":"secret/gitlab-pat","title":"GitLab personal access token","provider":"GitLab","description":"A GitLab personal, project or group access token (glpat-), legacy or routable format.","severity":"high","keywords":["glpat-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>glpat-(?:[A-Za-z0-9_-]{27,300}\\\\.[0-9a-z]{9}|[A-Za-z0-9_-]{20}))(?![A-Za-z0-9_-])","entropy":3,"remediation":"Revoke the token in GitLab (User settings \u2192 Access tokens, or the project/group Access tokens page), then remove it from the code and the git history.","tags":["vcs","gitlab","structured"],"examples":{"positive":["GITLAB_TOKEN={{lit:glpat-}}{{alnum:20}}","private_token = \\"{{lit:glpat-}}{{base64url:40}}.{{lower:9}}\\""],"negative":["GITLAB_TOKEN=glpat-{{lit:xxxxxxxxxxxxxxxxxxxx}}","GITLAB_TOKEN={{lit:glpat-}}{{alnum:12}}"]}},{"id":"secret/gitlab-runner-token","title":"GitLab runner authentication token","provider":"GitLab","description":"A GitLab runner authentication token (glrt-).","severity":"high","keywords":["glrt-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>glrt-[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{9})?)(?![A-Za-z0-9_-])","entropy":3,"remediation":"Reset the runner\'s authentication token in GitLab (CI/CD \u2192 Runners \u2192 the runner \u2192 Reset token) or delete the runner, then remove it from the code and the git history.","tags":["vcs","gitlab","ci","structured"],"examples":{"positive":["  token = \\"{{lit:glrt-}}{{base64url:20}}\\"","gitlab-runner register --token {{lit:glrt-t1_}}{{alnum:27}}.{{lower:9}}"],"negative":["  token = \\"glrt-REPLACE_ME\\"","  token = \\"{{lit:glrt-}}{{alnum:8}}\\""]}},{"id":"secret/gitlab-deploy-token","title":"GitLab deploy token","provider":"GitLab","description":"A GitLab deploy token (gldt-), which can read or write repositories and registries.","severity":"high","keywords":["gldt-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>gldt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Revoke the deploy token in GitLab (Settings \u2192 Repository \u2192 Deploy tokens), then remove it from the code and the git history.","tags":["vcs","gitlab","structured"],"examples":{"positive":["CI_DEPLOY_PASSWORD={{lit:gldt-}}{{base64url:20}}","docker login -u deployer -p {{lit:gldt-}}{{alnum:20}} registry.gitlab.com"],"negative":["CI_DEPLOY_PASSWORD=gldt-<token>","CI_DEPLOY_PASSWORD={{lit:gldt-}}{{alnum:10}}"]}},{"id":"secret/npm-token","title":"npm access token","provider":"npm","description":"An npm access token (npm_ + 30 random + CRC32 checksum).","severity":"high","keywords":["npm_"],"regex":"(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","validator":"npm-checksum","remediation":"Revoke the token on npmjs.com (Access Tokens) or with `npm token revoke`, check the packages it could publish, then remove it from the code and the git history; prefer trusted publishing (OIDC).","tags":["registry","npm","structured"],"examples":{"positive":["//registry.npmjs.org/:_authToken={{npm}}","NPM_TOKEN={{npm}}"],"negative":["//registry.npmjs.org/:_authToken=${NPM_TOKEN}","NPM_TOKEN={{npm-badcrc}}"]}},{"id":"secret/docker-hub-token","title":"Docker Hub access token","provider":"Docker","description":"A Docker Hub personal or organization access token (dckr_pat_\u2026 / dckr_oat_\u2026), the password of `docker login` for pushing and pulling images.","severity":"high","keywords":["dckr_pat_","dckr_oat_"],"regex":"(?<![A-Za-z0-9_-])(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete the token on Docker Hub (Account settings \u2192 Personal access tokens, or the organization\'s access tokens), then remove it from the code and the git history; in CI log in with `--password-stdin` from a secret.","tags":["registry","docker","structured"],"examples":{"positive":["docker login -u acmeci -p {{lit:dckr_pat_}}{{base64url:27}}","DOCKERHUB_TOKEN=\\"{{lit:dckr_pat_}}{{base64url:27}}\\""],"negative":["DOCKERHUB_TOKEN=dckr_pat_<your-token>","DOCKERHUB_TOKEN=\\"{{lit:dckr_pat_}}{{base64url:12}}\\""]}},{"id":"secret/pypi-token","title":"PyPI API token","provider":"PyPI","description":"A PyPI upload token (pypi-AgEIcHlwaS5vcmc\u2026 macaroon).","severity":"high","keywords":["pypi-ageichlwas5vcmc"],"regex":"(?<![A-Za-z0-9_-])(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])","entropy":4,"remediation":"Remove the token on pypi.org (Account settings \u2192 API tokens), check recent releases of the projects it could upload, then remove it from the code and the git history; prefer trusted publishing.","tags":["registry","pypi","structured"],"examples":{"positive":["[pypi]\\nusername = __token__\\npassword = {{lit:pypi-AgEIcHlwaS5vcmc}}{{base64url:150}}","TWINE_PASSWORD={{lit:pypi-AgEIcHlwaS5vcmc}}{{base64url:120}}"],"negative":["TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc...","TWINE_PASSWORD=${{ secrets.PYPI_API_TOKEN }}"]}},{"id":"secret/rubygems-api-key","title":"RubyGems API key","provider":"RubyGems","description":"A RubyGems.org API key (rubygems_ + 48 hex).","severity":"high","keywords":["rubygems_"],"regex":"(?<![A-Za-z0-9_])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])","entropy":3,"remediation":"Delete the key on rubygems.org (Settings \u2192 API keys), then remove it from the code and the git history.","tags":["registry","rubygems","structured"],"examples":{"positive":[":rubygems_api_key: {{lit:rubygems_}}{{hex:48}}","GEM_HOST_API_KEY={{lit:rubygems_}}{{hex:48}}"],"negative":["GEM_HOST_API_KEY=rubygems_<key>","GEM_HOST_API_KEY={{lit:rubygems_}}{{hex:20}}"]}},{"id":"secret/terraform-cloud-token","title":"Terraform Cloud / HCP Terraform API token","provider":"HashiCorp","description":"A Terraform Cloud user, team or organization token (\u2026.atlasv1.\u2026).","severity":"high","keywords":[".atlasv1."],"regex":"(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{14}\\\\.atlasv1\\\\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])","entropy":3.5,"remediation":"Revoke the token in HCP Terraform (User settings \u2192 Tokens, or the team/organization API token page), then remove it from the code and the git history.","tags":["iac","hashicorp","structured"],"examples":{"positive":["credentials \\"app.terraform.io\\" {\\n  token = \\"{{alnum:14}}.atlasv1.{{base64url:67}}\\"\\n}","TF_TOKEN_app_terraform_io={{alnum:14}}.atlasv1.{{alnum:67}}"],"negative":["TF_TOKEN_app_terraform_io=${TF_API_TOKEN}","  token = \\"xxxxxxxxxxxxxx.atlasv1.xxxx\\""]}},{"id":"secret/vault-token","title":"HashiCorp Vault token","provider":"HashiCorp","description":"A HashiCorp Vault service (hvs.) or batch (hvb.) token.","severity":"critical","keywords":["hvs.","hvb."],"regex":"(?<![A-Za-z0-9_.-])(?<secret>hvs\\\\.[A-Za-z0-9_-]{90,120}|hvb\\\\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the token with `vault token revoke` (or its accessor), check the audit log for its use, then remove it from the code and the git history.","tags":["secrets-manager","hashicorp","structured"],"examples":{"positive":["VAULT_TOKEN={{lit:hvs.}}{{base64url:95}}","client = hvac.Client(url=VAULT_ADDR, token=\\"{{lit:hvb.}}{{base64url:150}}\\")"],"negative":["VAULT_TOKEN=hvs.<token>","VAULT_TOKEN={{lit:hvs.}}{{alnum:24}}"]}},{"id":"secret/doppler-token","title":"Doppler token","provider":"Doppler","description":"A Doppler personal, service, service-account or CLI token (dp.pt., dp.st., dp.sa., dp.ct.\u2026).","severity":"high","keywords":["dp.pt.","dp.st.","dp.sa.","dp.ct.","dp.scim.","dp.audit."],"regex":"(?<![A-Za-z0-9_.-])(?<secret>dp\\\\.(?:pt|st|sa|ct|scim|audit)\\\\.[A-Za-z0-9_.-]{40,90})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the token in the Doppler dashboard (Tokens, or the project\'s Access \u2192 Service Tokens), then remove it from the code and the git history.","tags":["secrets-manager","doppler","structured"],"examples":{"positive":["DOPPLER_TOKEN={{lit:dp.st.}}prd.{{alnum:43}}","doppler configure set token {{lit:dp.pt.}}{{alnum:43}}"],"negative":["DOPPLER_TOKEN=dp.st.xxxx","DOPPLER_TOKEN=${{ secrets.DOPPLER_TOKEN }}"]}},{"id":"secret/onepassword-service-account-token","title":"1Password service account token","provider":"1Password","description":"A 1Password service account token (ops_eyJ\u2026), which reads the vaults it was granted.","severity":"critical","keywords":["ops_eyj"],"regex":"(?<![A-Za-z0-9_])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{250,}={0,3})","entropy":4,"remediation":"Revoke the token in 1Password (Developer \u2192 Service accounts \u2192 the account \u2192 Revoke token), then remove it from the code and the git history.","tags":["secrets-manager","1password","structured"],"examples":{"positive":["OP_SERVICE_ACCOUNT_TOKEN={{lit:ops_eyJ}}{{base64:320}}","          OP_SERVICE_ACCOUNT_TOKEN: \\"{{lit:ops_eyJ}}{{base64:300}}=\\""],"negative":["OP_SERVICE_ACCOUNT_TOKEN=${{ secrets.OP_SERVICE_ACCOUNT_TOKEN }}","OP_SERVICE_ACCOUNT_TOKEN={{lit:ops_eyJ}}{{base64:40}}"]}},{"id":"secret/age-secret-key","title":"age secret key","provider":"age","description":"An age encryption identity (AGE-SECRET-KEY-1\u2026), which decrypts everything encrypted to it (SOPS files included).","severity":"critical","keywords":["age-secret-key-1"],"regex":"(?<![A-Za-z0-9_-])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])","remediation":"Generate a new identity with `age-keygen`, re-encrypt every file (and SOPS secret) to the new recipient and rotate the secrets they hold, then remove the old key from the code and the git history.","tags":["encryption","age","private-key"],"examples":{"positive":["# created: 2024-05-01T10:00:00Z\\n# public key: age1{{lower:58}}\\n{{mark}}{{lit:AGE-SECRET-KEY-1}}{{bech32:58}}","SOPS_AGE_KEY={{lit:AGE-SECRET-KEY-1}}{{bech32:58}}"],"negative":["recipient: age1{{lower:58}}","SOPS_AGE_KEY=AGE-SECRET-KEY-1..."]}},{"id":"secret/slack-bot-token","title":"Slack bot token","provider":"Slack","description":"A Slack bot user OAuth token (xoxb-).","severity":"high","keywords":["xoxb-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,40})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Revoke the token (api.slack.com/apps \u2192 your app \u2192 OAuth & Permissions \u2192 Revoke, or `auth.revoke`) and reinstall the app to issue a new one, then remove it from the code and the git history.","tags":["chat","slack","structured"],"examples":{"positive":["SLACK_BOT_TOKEN={{lit:xoxb-}}{{digits:12}}-{{digits:13}}-{{alnum:24}}","app = App(token=\\"{{lit:xoxb-}}{{digits:11}}-{{digits:12}}-{{alnum:24}}\\")"],"negative":["SLACK_BOT_TOKEN={{lit:xoxb-}}your-bot-token","SLACK_BOT_TOKEN={{lit:xoxb-}}{{lit:000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx}}"]}},{"id":"secret/slack-user-token","title":"Slack user token","provider":"Slack","description":"A Slack user OAuth token (xoxp-), which acts as the user who installed the app.","severity":"high","keywords":["xoxp-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>xoxp-(?:[0-9]{8,14}-){3}[A-Za-z0-9]{28,34})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Revoke the token (api.slack.com/apps \u2192 OAuth & Permissions, or `auth.revoke`), then remove it from the code and the git history.","tags":["chat","slack","structured"],"examples":{"positive":["SLACK_USER_TOKEN={{lit:xoxp-}}{{digits:12}}-{{digits:12}}-{{digits:13}}-{{hex:32}}","client = WebClient(token=\\"{{lit:xoxp-}}{{digits:11}}-{{digits:11}}-{{digits:12}}-{{hex:32}}\\")"],"negative":["SLACK_USER_TOKEN=xoxp-...","SLACK_USER_TOKEN={{lit:xoxp-}}{{digits:12}}"]}},{"id":"secret/slack-app-token","title":"Slack app-level token","provider":"Slack","description":"A Slack app-level token (xapp-), used for Socket Mode.","severity":"high","keywords":["xapp-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{10,16}-[a-f0-9]{32,80})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Revoke the token at api.slack.com/apps \u2192 your app \u2192 Basic Information \u2192 App-Level Tokens, then remove it from the code and the git history.","tags":["chat","slack","structured"],"examples":{"positive":["SLACK_APP_TOKEN={{lit:xapp}}-1-A{{upper:10}}-{{digits:13}}-{{hex:64}}","handler = SocketModeHandler(app, \\"{{lit:xapp}}-1-A{{upper:10}}-{{digits:13}}-{{hex:64}}\\")"],"negative":["SLACK_APP_TOKEN=xapp-1-...","SLACK_APP_TOKEN=${SLACK_APP_TOKEN}"]}},{"id":"secret/slack-config-token","title":"Slack configuration token","provider":"Slack","description":"A Slack app configuration access or refresh token (xoxe.xoxp-, xoxe-).","severity":"high","keywords":["xoxe"],"regex":"(?<![A-Za-z0-9_-])(?<secret>xoxe\\\\.xox[bp]-[0-9]-[A-Za-z0-9]{140,180}|xoxe-[0-9]-[A-Za-z0-9]{140,160})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the configuration tokens at api.slack.com/apps (Your App Configuration Tokens \u2192 Revoke), then remove them from the code and the git history.","tags":["chat","slack","structured"],"examples":{"positive":["SLACK_CONFIG_TOKEN={{lit:xoxe.xoxp-1-}}{{alnum:166}}","refresh_token: {{lit:xoxe-1-}}{{alnum:146}}"],"negative":["SLACK_CONFIG_TOKEN=xoxe.xoxp-1-<token>","refresh_token: {{lit:xoxe-1-}}{{alnum:30}}"]}},{"id":"secret/slack-webhook-url","title":"Slack incoming webhook URL","provider":"Slack","description":"A Slack incoming-webhook or workflow URL; anyone holding it can post into the channel.","severity":"high","keywords":["hooks.slack.com"],"regex":"(?<secret>https://hooks\\\\.slack\\\\.com/(?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{23,25}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{15,21}/[A-Za-z0-9]{24,34}))(?![A-Za-z0-9])","allowlist":{"regexes":["/T0{8,}/","X{10,}","/B0{8,}/"]},"remediation":"Remove or regenerate the webhook at api.slack.com/apps \u2192 your app \u2192 Incoming Webhooks (or the workflow\'s trigger), then remove it from the code and the git history.","tags":["chat","slack","webhook","structured"],"examples":{"positive":["SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T{{upper:10}}/B{{upper:10}}/{{alnum:24}}","requests.post(\\"https://hooks.slack.com/services/T{{upper:8}}/B{{upper:11}}/{{alnum:24}}\\", json={\\"text\\": msg})"],"negative":["SLACK_WEBHOOK_URL=https://hooks.slack.com/services/{{lit:T00000000}}/{{lit:B00000000}}/{{lit:XXXXXXXXXXXXXXXXXXXXXXXX}}","SLACK_WEBHOOK_URL=https://hooks.slack.com/services/..."]}},{"id":"secret/discord-bot-token","title":"Discord bot token","provider":"Discord","description":"A Discord bot token assigned to a Discord name.","severity":"high","flags":"i","keywords":["discord"],"regex":"discord[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{23,28}\\\\.[A-Za-z0-9_-]{6,7}\\\\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])","entropy":4,"remediation":"Reset the token in the Discord Developer Portal (Applications \u2192 your bot \u2192 Bot \u2192 Reset Token), then remove it from the code and the git history.","tags":["chat","discord","keyword-anchored"],"examples":{"positive":["DISCORD_BOT_TOKEN=MT{{base64url:24}}.{{base64url:6}}.{{base64url:38}}","discord_token: \\"OD{{base64url:22}}.{{base64url:6}}.{{base64url:27}}\\""],"negative":["DISCORD_BOT_TOKEN=${DISCORD_BOT_TOKEN}","DISCORD_CLIENT_ID={{digits:18}}"]}},{"id":"secret/discord-webhook-url","title":"Discord webhook URL","provider":"Discord","description":"A Discord webhook URL; anyone holding it can post into the channel.","severity":"high","keywords":["discord"],"regex":"(?<secret>https://(?:(?:ptb|canary)\\\\.)?discord(?:app)?\\\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])","remediation":"Delete the webhook in Discord (Server Settings \u2192 Integrations \u2192 Webhooks) and create a new one, then remove it from the code and the git history.","tags":["chat","discord","webhook","structured"],"examples":{"positive":["DISCORD_WEBHOOK=https://discord.com/api/webhooks/{{digits:19}}/{{base64url:68}}","fetch(\\"https://discordapp.com/api/webhooks/{{digits:18}}/{{base64url:68}}\\", { method: \\"POST\\" })"],"negative":["DISCORD_WEBHOOK=https://discord.com/api/webhooks/<id>/<token>","see https://discord.com/developers/docs/resources/webhook"]}},{"id":"secret/telegram-bot-token","title":"Telegram bot token","provider":"Telegram","description":"A Telegram Bot API token (bot id, a colon, then 35 characters starting with AA).","severity":"high","keywords":[":aa"],"regex":"(?<![A-Za-z0-9_:/])(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the token with @BotFather (/revoke, then /token for a new one), then remove it from the code and the git history.","tags":["chat","telegram","structured"],"examples":{"positive":["TELEGRAM_BOT_TOKEN={{digits:10}}:AA{{base64url:33}}","bot = telebot.TeleBot(\\"{{digits:9}}:AA{{base64url:33}}\\")"],"negative":["TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","TELEGRAM_BOT_TOKEN=<bot-id>:<token>"]}},{"id":"secret/sendgrid-api-key","title":"SendGrid API key","provider":"SendGrid","description":"A Twilio SendGrid API key (SG.\u2026).","severity":"high","keywords":["sg."],"regex":"(?<![A-Za-z0-9_-])(?<secret>SG\\\\.[A-Za-z0-9_-]{22}\\\\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete the key in SendGrid (Settings \u2192 API Keys), check the email activity for abuse, then remove it from the code and the git history.","tags":["email","sendgrid","structured"],"examples":{"positive":["SENDGRID_API_KEY={{lit:SG.}}{{base64url:22}}.{{base64url:43}}","sg = SendGridAPIClient(\\"{{lit:SG.}}{{base64url:22}}.{{base64url:43}}\\")"],"negative":["SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy","SENDGRID_API_KEY=${SENDGRID_API_KEY}"]}},{"id":"secret/mailgun-api-key","title":"Mailgun API key","provider":"Mailgun","description":"A Mailgun private API key (key- + 32 hex).","severity":"high","keywords":["key-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>key-[a-f0-9]{32})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Rotate the key in Mailgun (Account \u2192 API Security), then remove it from the code and the git history.","tags":["email","mailgun","structured"],"examples":{"positive":["MAILGUN_API_KEY={{lit:key-}}{{hex:32}}","auth=(\\"api\\", \\"{{lit:key-}}{{hex:32}}\\")"],"negative":["cache-key-{{hex:32}}","MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]}},{"id":"secret/twilio-api-key","title":"Twilio API key","provider":"Twilio","description":"A Twilio API key SID (SK + 32 hex); its secret is usually next to it.","severity":"high","keywords":["sk"],"regex":"(?<![A-Za-z0-9_])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9_])","entropy":3,"remediation":"Delete the API key in the Twilio Console (Account \u2192 API keys & tokens), then remove it and its secret from the code and the git history.","tags":["messaging","twilio","structured"],"examples":{"positive":["TWILIO_API_KEY={{lit:SK}}{{hex:32}}","client = Client(\\"{{lit:SK}}{{hex:32}}\\", api_secret, account_sid)"],"negative":["TWILIO_ACCOUNT_SID=AC{{hex:32}}","TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]}},{"id":"secret/twilio-auth-token","title":"Twilio auth token","provider":"Twilio","description":"A Twilio account auth token (32 hex) assigned to a Twilio name.","severity":"high","flags":"i","keywords":["twilio"],"regex":"twilio[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Rotate the auth token in the Twilio Console (Account \u2192 API keys & tokens \u2192 Auth tokens \u2192 Request a secondary token, then promote it), then remove it from the code and the git history.","tags":["messaging","twilio","keyword-anchored"],"examples":{"positive":["TWILIO_AUTH_TOKEN={{hex:32}}","twilio_auth_token: \\"{{hex:32}}\\""],"negative":["TWILIO_AUTH_TOKEN=your_auth_token","TWILIO_ACCOUNT_SID=AC{{lit:00000000000000000000000000000000}}"]}},{"id":"secret/stripe-live-secret-key","title":"Stripe live secret key","provider":"Stripe","description":"A Stripe live-mode secret key (sk_live_), with full access to the account\'s money movement.","severity":"critical","keywords":["sk_live_"],"regex":"(?<![A-Za-z0-9_])(?<secret>sk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Roll the key in the Stripe Dashboard (Developers \u2192 API keys \u2192 Roll key), review recent API activity, then remove it from the code and the git history.","tags":["payments","stripe","structured"],"examples":{"positive":["STRIPE_SECRET_KEY={{lit:sk_live_}}{{alnum:99}}","stripe.api_key = \\"{{lit:sk_live_}}{{alnum:24}}\\""],"negative":["STRIPE_PUBLISHABLE_KEY={{lit:pk_live_}}{{alnum:99}}","STRIPE_SECRET_KEY=sk_live_{{lit:xxxxxxxxxxxxxxxxxxxxxxxx}}"]}},{"id":"secret/stripe-test-secret-key","title":"Stripe test secret key","provider":"Stripe","description":"A Stripe test-mode secret key (sk_test_). It cannot move real money but exposes test data and settings.","severity":"medium","keywords":["sk_test_"],"regex":"(?<![A-Za-z0-9_])(?<secret>sk_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Roll the test key in the Stripe Dashboard (test mode \u2192 Developers \u2192 API keys), then remove it from the code and the git history.","tags":["payments","stripe","structured"],"examples":{"positive":["STRIPE_SECRET_KEY={{lit:sk_test_}}{{alnum:99}}","const stripe = new Stripe(\\"{{lit:sk_test_}}{{alnum:24}}\\");"],"negative":["STRIPE_SECRET_KEY=sk_test_...","const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);"]}},{"id":"secret/stripe-restricted-key","title":"Stripe restricted key","provider":"Stripe","description":"A Stripe restricted API key (rk_live_ or rk_test_).","severity":"high","keywords":["rk_live_","rk_test_"],"regex":"(?<![A-Za-z0-9_])(?<secret>rk_(?:live|test)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Roll or delete the restricted key in the Stripe Dashboard (Developers \u2192 API keys), then remove it from the code and the git history.","tags":["payments","stripe","structured"],"examples":{"positive":["STRIPE_RESTRICTED_KEY={{lit:rk_live_}}{{alnum:99}}","stripe_key: {{lit:rk_test_}}{{alnum:24}}"],"negative":["STRIPE_RESTRICTED_KEY=rk_live_<key>","STRIPE_RESTRICTED_KEY={{lit:rk_live_}}{{alnum:10}}"]}},{"id":"secret/stripe-webhook-secret","title":"Stripe webhook signing secret","provider":"Stripe","description":"A Stripe webhook endpoint signing secret (whsec_); with it anyone can forge webhook events.","severity":"high","keywords":["whsec_"],"regex":"(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/=]{32,88})(?![A-Za-z0-9_+/=])","entropy":3.5,"remediation":"Roll the signing secret in the Stripe Dashboard (Developers \u2192 Webhooks \u2192 the endpoint \u2192 Roll secret), then remove it from the code and the git history.","tags":["payments","stripe","webhook","structured"],"examples":{"positive":["STRIPE_WEBHOOK_SECRET={{lit:whsec_}}{{alnum:32}}","event = stripe.Webhook.construct_event(payload, sig, \\"{{lit:whsec_}}{{alnum:32}}\\")"],"negative":["STRIPE_WEBHOOK_SECRET=whsec_...","STRIPE_WEBHOOK_SECRET={{lit:whsec_}}{{lit:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx}}"]}},{"id":"secret/shopify-access-token","title":"Shopify access token","provider":"Shopify","description":"A Shopify Admin API access token (shpat_, custom app shpca_, private app shppa_).","severity":"high","keywords":["shpat_","shpca_","shppa_"],"regex":"(?<![A-Za-z0-9_])(?<secret>shp(?:at|ca|pa)_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","entropy":3,"remediation":"Uninstall and reinstall the app or rotate its credentials in the Shopify admin (Settings \u2192 Apps and sales channels \u2192 Develop apps \u2192 API credentials), then remove it from the code and the git history.","tags":["commerce","shopify","structured"],"examples":{"positive":["SHOPIFY_ACCESS_TOKEN={{lit:shpat_}}{{hex:32}}","headers: { \\"X-Shopify-Access-Token\\": \\"{{lit:shpca_}}{{hex:32}}\\" }"],"negative":["SHOPIFY_ACCESS_TOKEN=shpat_<token>","SHOPIFY_ACCESS_TOKEN={{lit:shpat_}}{{lit:00000000000000000000000000000000}}"]}},{"id":"secret/shopify-shared-secret","title":"Shopify app shared secret","provider":"Shopify","description":"A Shopify app\'s shared (client) secret (shpss_), used to verify webhooks and OAuth.","severity":"high","keywords":["shpss_"],"regex":"(?<![A-Za-z0-9_])(?<secret>shpss_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","entropy":3,"remediation":"Rotate the client secret in the Shopify Partner Dashboard or the app\'s API credentials page, then remove it from the code and the git history.","tags":["commerce","shopify","structured"],"examples":{"positive":["SHOPIFY_API_SECRET={{lit:shpss_}}{{hex:32}}","api_secret_key: \\"{{lit:shpss_}}{{hex:32}}\\""],"negative":["SHOPIFY_API_SECRET=shpss_...","SHOPIFY_API_SECRET={{lit:shpss_}}{{hex:16}}"]}},{"id":"secret/square-access-token","title":"Square access token","provider":"Square","description":"A Square production or sandbox access token (EAAA\u2026, sq0atp-).","severity":"high","keywords":["eaaa","sq0atp-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the token in the Square Developer Dashboard (the application \u2192 Credentials, or OAuth \u2192 Revoke), then remove it from the code and the git history.","tags":["payments","square","structured"],"examples":{"positive":["SQUARE_ACCESS_TOKEN={{lit:EAAA}}{{base64url:60}}","client = Client(access_token=\\"{{lit:sq0atp-}}{{base64url:22}}\\", environment=\\"production\\")"],"negative":["SQUARE_ACCESS_TOKEN=EAAA<token>","SQUARE_APPLICATION_ID=sq0idp-{{base64url:22}}"]}},{"id":"secret/square-oauth-secret","title":"Square OAuth application secret","provider":"Square","description":"A Square OAuth application secret (sq0csp-).","severity":"high","keywords":["sq0csp-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Replace the application secret in the Square Developer Dashboard (the application \u2192 OAuth \u2192 Replace secret), then remove it from the code and the git history.","tags":["payments","square","oauth","structured"],"examples":{"positive":["SQUARE_APP_SECRET={{lit:sq0csp-}}{{base64url:43}}","client_secret: \\"{{lit:sq0csp-}}{{base64url:43}}\\""],"negative":["SQUARE_APP_SECRET=sq0csp-...","SQUARE_APP_SECRET={{lit:sq0csp-}}{{base64url:10}}"]}},{"id":"secret/braintree-access-token","title":"PayPal Braintree access token","provider":"PayPal","description":"A PayPal / Braintree access token (access_token$production$\u2026$\u2026).","severity":"critical","keywords":["access_token$"],"regex":"(?<secret>access_token\\\\$(?:production|sandbox)\\\\$[0-9a-z]{16}\\\\$[0-9a-f]{32})(?![A-Za-z0-9])","entropy":3,"remediation":"Revoke the access token in the Braintree Control Panel (Settings \u2192 API) or PayPal developer dashboard, then remove it from the code and the git history.","tags":["payments","paypal","braintree","structured"],"examples":{"positive":["BRAINTREE_ACCESS_TOKEN={{lit:access_token$production$}}{{lower:16}}${{hex:32}}","gateway = braintree.BraintreeGateway(access_token=\\"{{lit:access_token$sandbox$}}{{lower:16}}${{hex:32}}\\")"],"negative":["BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant>$<token>","BRAINTREE_ACCESS_TOKEN=${BRAINTREE_ACCESS_TOKEN}"]}},{"id":"secret/openai-api-key","title":"OpenAI API key","provider":"OpenAI","description":"An OpenAI project, service-account or legacy user API key (sk-proj-, sk-svcacct-, sk-\u2026, all containing T3BlbkFJ).","severity":"high","keywords":["t3blbkfj"],"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-(?:(?:proj|svcacct|None)-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}))(?![A-Za-z0-9_-])","validator":"openai-marker","remediation":"Delete the key at platform.openai.com \u2192 API keys (project keys under the project\'s settings), check usage for abuse, then remove it from the code and the git history.","tags":["ai","openai","structured"],"examples":{"positive":["OPENAI_API_KEY={{openai:sk-proj-}}","client = OpenAI(api_key=\\"{{openai:sk-svcacct-}}\\")","openai.api_key = \\"{{openai-legacy}}\\""],"negative":["OPENAI_API_KEY=sk-proj-...","OPENAI_API_KEY={{lit:sk-proj-}}{{base64url:120}}","client = OpenAI(api_key=os.environ[\\"OPENAI_API_KEY\\"])"]}},{"id":"secret/openai-admin-key","title":"OpenAI admin key","provider":"OpenAI","description":"An OpenAI organization admin key (sk-admin-), which manages users, projects and keys.","severity":"critical","keywords":["sk-admin-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-admin-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])","validator":"openai-marker","remediation":"Delete the admin key at platform.openai.com \u2192 Organization settings \u2192 Admin keys, review the audit log, then remove it from the code and the git history.","tags":["ai","openai","structured"],"examples":{"positive":["OPENAI_ADMIN_KEY={{openai:sk-admin-}}","headers = {\\"Authorization\\": \\"Bearer {{openai:sk-admin-}}\\"}"],"negative":["OPENAI_ADMIN_KEY=sk-admin-<key>","OPENAI_ADMIN_KEY={{lit:sk-admin-}}{{base64url:100}}"]}},{"id":"secret/anthropic-api-key","title":"Anthropic API key","provider":"Anthropic","description":"An Anthropic (Claude) API key (sk-ant-api03-).","severity":"high","keywords":["sk-ant-api03-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])","entropy":4,"remediation":"Delete the key in the Anthropic Console (Settings \u2192 API keys), check usage for abuse, then remove it from the code and the git history.","tags":["ai","anthropic","structured"],"examples":{"positive":["ANTHROPIC_API_KEY={{anthropic:api03}}","client = anthropic.Anthropic(api_key=\\"{{anthropic:api03}}\\")"],"negative":["ANTHROPIC_API_KEY=sk-ant-api03-...","ANTHROPIC_API_KEY={{lit:sk-ant-api03-}}{{base64url:40}}"]}},{"id":"secret/anthropic-admin-key","title":"Anthropic admin API key","provider":"Anthropic","description":"An Anthropic Admin API key (sk-ant-admin01-), which manages the organization\'s members, workspaces and keys.","severity":"critical","keywords":["sk-ant-admin01-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])","entropy":4,"remediation":"Delete the admin key in the Anthropic Console (Settings \u2192 Admin keys), review organization changes, then remove it from the code and the git history.","tags":["ai","anthropic","structured"],"examples":{"positive":["ANTHROPIC_ADMIN_KEY={{anthropic:admin01}}","  \\"x-api-key\\": \\"{{anthropic:admin01}}\\","],"negative":["ANTHROPIC_ADMIN_KEY=sk-ant-admin01-<key>","ANTHROPIC_ADMIN_KEY={{lit:sk-ant-admin01-}}{{base64url:50}}"]}},{"id":"secret/anthropic-oauth-token","title":"Claude Code OAuth token","provider":"Anthropic","description":"A Claude Code OAuth token (sk-ant-oat01-), issued by `claude setup-token` for subscription access.","severity":"high","keywords":["sk-ant-oat01-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-ant-oat01-[A-Za-z0-9_-]{95})(?![A-Za-z0-9_-])","entropy":4,"remediation":"Revoke the token from your Claude account settings (or log out of the affected sessions) and create a new one with `claude setup-token`, then remove it from the code and the git history.","tags":["ai","anthropic","structured"],"examples":{"positive":["CLAUDE_CODE_OAUTH_TOKEN={{lit:sk-ant-oat01-}}{{base64url:95}}","          claude_code_oauth_token: \\"{{lit:sk-ant-oat01-}}{{base64url:95}}\\""],"negative":["          claude_code_oauth_token: ${{ secrets.CLAUDE_CODE_OAUTH_TOKEN }}","CLAUDE_CODE_OAUTH_TOKEN={{lit:sk-ant-oat01-}}{{base64url:40}}"]}},{"id":"secret/huggingface-token","title":"Hugging Face access token","provider":"Hugging Face","description":"A Hugging Face user access token (hf_) or organization API token (api_org_).","severity":"high","keywords":["hf_","api_org_"],"regex":"(?<![A-Za-z0-9_])(?<secret>(?:hf_|api_org_)[A-Za-z]{34})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Invalidate the token at huggingface.co \u2192 Settings \u2192 Access Tokens, check the repositories it could write, then remove it from the code and the git history.","tags":["ai","huggingface","structured"],"examples":{"positive":["HF_TOKEN={{lit:hf_}}{{letters:34}}","login(token=\\"{{lit:hf_}}{{letters:34}}\\")"],"negative":["from huggingface_hub import hf_hub_download, hf_api_token_placeholder","HF_TOKEN=hf_{{lit:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx}}"]}},{"id":"secret/groq-api-key","title":"Groq API key","provider":"Groq","description":"A Groq API key (gsk_ + 52, containing WGdyb3FY).","severity":"high","keywords":["gsk_"],"regex":"(?<![A-Za-z0-9_])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])","validator":"groq-marker","remediation":"Delete the key in the Groq console (API Keys), then remove it from the code and the git history.","tags":["ai","groq","structured"],"examples":{"positive":["GROQ_API_KEY={{groq}}","client = Groq(api_key=\\"{{groq}}\\")"],"negative":["GROQ_API_KEY={{lit:gsk_}}{{alnum:52}}","GROQ_API_KEY=gsk_{{lit:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx}}"]}},{"id":"secret/replicate-api-token","title":"Replicate API token","provider":"Replicate","description":"A Replicate API token (r8_ + 37).","severity":"high","keywords":["r8_"],"regex":"(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Delete the token at replicate.com \u2192 Account \u2192 API tokens, then remove it from the code and the git history.","tags":["ai","replicate","structured"],"examples":{"positive":["REPLICATE_API_TOKEN={{lit:r8_}}{{alnum:37}}","client = replicate.Client(api_token=\\"{{lit:r8_}}{{alnum:37}}\\")"],"negative":["REPLICATE_API_TOKEN=r8_<token>","REPLICATE_API_TOKEN={{lit:r8_}}{{alnum:12}}"]}},{"id":"secret/xai-api-key","title":"xAI API key","provider":"xAI","description":"An xAI (Grok) API key (xai- + 80).","severity":"high","keywords":["xai-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete the key in the xAI console (API Keys), then remove it from the code and the git history.","tags":["ai","xai","structured"],"examples":{"positive":["XAI_API_KEY={{lit:xai-}}{{alnum:80}}","client = OpenAI(base_url=\\"https://api.x.ai/v1\\", api_key=\\"{{lit:xai-}}{{alnum:80}}\\")"],"negative":["XAI_API_KEY=xai-...","model = \\"grok-4\\" # see xai-sdk docs"]}},{"id":"secret/openrouter-api-key","title":"OpenRouter API key","provider":"OpenRouter","description":"An OpenRouter API key (sk-or-v1- + 64 hex).","severity":"high","keywords":["sk-or-v1-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Delete the key at openrouter.ai \u2192 Settings \u2192 Keys, check its spend, then remove it from the code and the git history.","tags":["ai","openrouter","structured"],"examples":{"positive":["OPENROUTER_API_KEY={{lit:sk-or-v1-}}{{hex:64}}","headers = {\\"Authorization\\": \\"Bearer {{lit:sk-or-v1-}}{{hex:64}}\\"}"],"negative":["OPENROUTER_API_KEY=sk-or-v1-<key>","OPENROUTER_API_KEY={{lit:sk-or-v1-}}{{hex:20}}"]}},{"id":"secret/perplexity-api-key","title":"Perplexity API key","provider":"Perplexity","description":"A Perplexity API key (pplx- + 48).","severity":"high","keywords":["pplx-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete the key in Perplexity (Settings \u2192 API), then remove it from the code and the git history.","tags":["ai","perplexity","structured"],"examples":{"positive":["PERPLEXITY_API_KEY={{lit:pplx-}}{{alnum:48}}","client = OpenAI(api_key=\\"{{lit:pplx-}}{{alnum:48}}\\", base_url=\\"https://api.perplexity.ai\\")"],"negative":["PERPLEXITY_API_KEY=pplx-...","PERPLEXITY_API_KEY={{lit:pplx-}}{{alnum:16}}"]}},{"id":"secret/pinecone-api-key","title":"Pinecone API key","provider":"Pinecone","description":"A Pinecone API key (pcsk_ + id + _ + secret).","severity":"high","keywords":["pcsk_"],"regex":"(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,70})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Delete the key in the Pinecone console (API Keys), then remove it from the code and the git history.","tags":["ai","vector-db","pinecone","structured"],"examples":{"positive":["PINECONE_API_KEY={{lit:pcsk_}}{{alnum:6}}_{{alnum:63}}","pc = Pinecone(api_key=\\"{{lit:pcsk_}}{{alnum:5}}_{{alnum:63}}\\")"],"negative":["PINECONE_API_KEY=pcsk_<key>","PINECONE_API_KEY={{lit:pcsk_}}{{alnum:6}}_{{alnum:10}}"]}},{"id":"secret/wandb-api-key","title":"Weights & Biases API key","provider":"Weights & Biases","description":"A Weights & Biases API key in the current format (wandb_v1_).","severity":"high","keywords":["wandb_v1_"],"regex":"(?<![A-Za-z0-9_])(?<secret>wandb_v1_[A-Za-z0-9_-]{70,90})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the key at wandb.ai \u2192 User settings \u2192 API keys, then remove it from the code and the git history.","tags":["ai","mlops","wandb","structured"],"examples":{"positive":["WANDB_API_KEY={{lit:wandb_v1_}}{{alnum:77}}","wandb.login(key=\\"{{lit:wandb_v1_}}{{alnum:77}}\\")"],"negative":["WANDB_API_KEY=wandb_v1_<key>","WANDB_API_KEY={{lit:wandb_v1_}}{{alnum:20}}"]}},{"id":"secret/wandb-legacy-api-key","title":"Weights & Biases API key (legacy)","provider":"Weights & Biases","description":"A legacy Weights & Biases API key (40 hex) assigned to a wandb name or passed to wandb.login.","severity":"high","flags":"i","keywords":["wandb"],"regex":"wandb[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Revoke the key at wandb.ai \u2192 User settings \u2192 API keys, then remove it from the code and the git history.","tags":["ai","mlops","wandb","keyword-anchored"],"examples":{"positive":["WANDB_API_KEY={{hex:40}}","wandb.login(key=\\"{{hex:40}}\\")"],"negative":["wandb.login(key=os.environ[\\"WANDB_API_KEY\\"])","WANDB_API_KEY=<your-api-key>"]}},{"id":"secret/cohere-api-key","title":"Cohere API key","provider":"Cohere","description":"A Cohere API key (40 alphanumeric) assigned to a Cohere name.","severity":"high","flags":"i","keywords":["cohere","co_api_key"],"regex":"(?:cohere|co_api_key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete the key in the Cohere dashboard (API Keys), then remove it from the code and the git history.","tags":["ai","cohere","keyword-anchored"],"examples":{"positive":["COHERE_API_KEY={{alnum:40}}","co = cohere.ClientV2(api_key=\\"{{alnum:40}}\\")"],"negative":["co = cohere.ClientV2(api_key=os.getenv(\\"COHERE_API_KEY\\"))","COHERE_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]}},{"id":"secret/mistral-api-key","title":"Mistral AI API key","provider":"Mistral AI","description":"A Mistral AI API key (32 alphanumeric) assigned to a Mistral name.","severity":"high","flags":"i","keywords":["mistral"],"regex":"mistral[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete the key in Mistral\'s La Plateforme console (API Keys), then remove it from the code and the git history.","tags":["ai","mistral","keyword-anchored"],"examples":{"positive":["MISTRAL_API_KEY={{alnum:32}}","client = Mistral(api_key=\\"{{alnum:32}}\\")"],"negative":["client = Mistral(api_key=os.environ[\\"MISTRAL_API_KEY\\"])","MISTRAL_MODEL=mistral-large-latest"]}},{"id":"secret/deepseek-api-key","title":"DeepSeek API key","provider":"DeepSeek","description":"A DeepSeek API key (sk- + 32 hex) assigned to a DeepSeek name.","severity":"high","flags":"i","keywords":["deepseek"],"regex":"deepseek[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk-[a-f0-9]{32})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Delete the key at platform.deepseek.com \u2192 API keys, then remove it from the code and the git history.","tags":["ai","deepseek","keyword-anchored"],"examples":{"positive":["DEEPSEEK_API_KEY={{lit:sk-}}{{hex:32}}","deepseek_api_key: \\"{{lit:sk-}}{{hex:32}}\\""],"negative":["DEEPSEEK_API_KEY=sk-your-key","DEEPSEEK_BASE_URL=https://api.deepseek.com"]}},{"id":"secret/together-api-key","title":"Together AI API key","provider":"Together AI","description":"A Together AI API key (tgp_v1_\u2026 or 64 hex) assigned to a Together name.","severity":"high","flags":"i","keywords":["together"],"regex":"together[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>tgp_v1_[A-Za-z0-9_-]{40,50}|[a-f0-9]{64})(?![A-Za-z0-9_-])","entropy":3.3,"remediation":"Revoke the key in the Together AI dashboard (Settings \u2192 API Keys), then remove it from the code and the git history.","tags":["ai","together","keyword-anchored"],"examples":{"positive":["TOGETHER_API_KEY={{lit:tgp_v1_}}{{base64url:43}}","client = Together(api_key=\\"{{hex:64}}\\")  # together"],"negative":["client = Together(api_key=os.environ.get(\\"TOGETHER_API_KEY\\"))","TOGETHER_MODEL=meta-llama/Llama-3.3-70B-Instruct-Turbo"]}},{"id":"secret/voyage-api-key","title":"Voyage AI API key","provider":"Voyage AI","description":"A Voyage AI API key (pa-\u2026) assigned to a Voyage name.","severity":"high","flags":"i","keywords":["voyage"],"regex":"voyage[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>pa-[A-Za-z0-9_-]{40,50})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete the key in the Voyage AI dashboard (API keys), then remove it from the code and the git history.","tags":["ai","voyage","keyword-anchored"],"examples":{"positive":["VOYAGE_API_KEY={{lit:pa-}}{{base64url:43}}","vo = voyageai.Client(api_key=\\"{{lit:pa-}}{{base64url:43}}\\")"],"negative":["vo = voyageai.Client(api_key=os.environ[\\"VOYAGE_API_KEY\\"])","VOYAGE_MODEL=voyage-3-large"]}},{"id":"secret/elevenlabs-api-key","title":"ElevenLabs API key","provider":"ElevenLabs","description":"An ElevenLabs API key (sk_ + hex) assigned to an ElevenLabs name or xi-api-key header.","severity":"high","flags":"i","keywords":["elevenlabs","eleven_labs","xi-api-key","xi_api_key"],"regex":"(?:elevenlabs|eleven_labs|xi[-_]api[-_]key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>(?:sk_)?[a-f0-9]{32,48})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Delete the key in ElevenLabs (Developers \u2192 API Keys), then remove it from the code and the git history.","tags":["ai","elevenlabs","keyword-anchored"],"examples":{"positive":["ELEVENLABS_API_KEY={{lit:sk_}}{{hex:48}}","headers = {\\"xi-api-key\\": \\"{{hex:32}}\\"}"],"negative":["client = ElevenLabs(api_key=os.getenv(\\"ELEVENLABS_API_KEY\\"))","ELEVENLABS_VOICE_ID={{alnum:20}}"]}},{"id":"secret/assemblyai-api-key","title":"AssemblyAI API key","provider":"AssemblyAI","description":"An AssemblyAI API key (32 hex) assigned to an AssemblyAI name.","severity":"high","flags":"i","keywords":["assemblyai","assembly_ai"],"regex":"assembly_?ai[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Reset the key in the AssemblyAI dashboard (API Keys), then remove it from the code and the git history.","tags":["ai","speech","assemblyai","keyword-anchored"],"examples":{"positive":["ASSEMBLYAI_API_KEY={{hex:32}}","const assemblyAiKey = \\"{{hex:32}}\\";"],"negative":["aai.settings.api_key = os.environ[\\"ASSEMBLYAI_API_KEY\\"]","ASSEMBLYAI_API_KEY=<your-key>"]}},{"id":"secret/deepgram-api-key","title":"Deepgram API key","provider":"Deepgram","description":"A Deepgram API key (40 hex) assigned to a Deepgram name.","severity":"high","flags":"i","keywords":["deepgram"],"regex":"deepgram[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Delete the key in the Deepgram console (the project \u2192 API Keys), then remove it from the code and the git history.","tags":["ai","speech","deepgram","keyword-anchored"],"examples":{"positive":["DEEPGRAM_API_KEY={{hex:40}}","deepgram = DeepgramClient(\\"{{hex:40}}\\")"],"negative":["deepgram = DeepgramClient(os.getenv(\\"DEEPGRAM_API_KEY\\"))","DEEPGRAM_MODEL=nova-3"]}},{"id":"secret/nvidia-api-key","title":"NVIDIA API key","provider":"NVIDIA","description":"An NVIDIA NGC / build.nvidia.com API key (nvapi-).","severity":"high","keywords":["nvapi-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>nvapi-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the key in NGC (Setup \u2192 API Keys) or at build.nvidia.com, then remove it from the code and the git history.","tags":["ai","nvidia","structured"],"examples":{"positive":["NVIDIA_API_KEY={{lit:nvapi-}}{{base64url:64}}","client = OpenAI(base_url=\\"https://integrate.api.nvidia.com/v1\\", api_key=\\"{{lit:nvapi-}}{{base64url:64}}\\")"],"negative":["NVIDIA_API_KEY=nvapi-<key>","NVIDIA_API_KEY={{lit:nvapi-}}{{base64url:20}}"]}},{"id":"secret/langsmith-api-key","title":"LangSmith API key","provider":"LangChain","description":"A LangSmith personal access token (lsv2_pt_) or service key (lsv2_sk_).","severity":"high","keywords":["lsv2_pt_","lsv2_sk_"],"regex":"(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])","entropy":3,"remediation":"Delete the key in LangSmith (Settings \u2192 API Keys), then remove it from the code and the git history.","tags":["ai","langchain","structured"],"examples":{"positive":["LANGSMITH_API_KEY={{lit:lsv2_pt_}}{{hex:32}}_{{hex:10}}","os.environ[\\"LANGCHAIN_API_KEY\\"] = \\"{{lit:lsv2_sk_}}{{hex:32}}_{{hex:10}}\\""],"negative":["LANGSMITH_API_KEY=lsv2_pt_...","LANGCHAIN_API_KEY=ls__{{hex:32}}"]}},{"id":"secret/langfuse-secret-key","title":"Langfuse secret key","provider":"Langfuse","description":"A Langfuse secret key (sk-lf-). The matching public key (pk-lf-) is not a secret.","severity":"high","keywords":["sk-lf-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Delete the API key pair in Langfuse (Project settings \u2192 API Keys), then remove it from the code and the git history.","tags":["ai","observability","langfuse","structured"],"examples":{"positive":["LANGFUSE_SECRET_KEY={{lit:sk-lf-}}{{uuid}}","langfuse = Langfuse(public_key=\\"pk-lf-1\\", secret_key=\\"{{lit:sk-lf-}}{{uuid}}\\")"],"negative":["LANGFUSE_PUBLIC_KEY={{lit:pk-lf-}}{{uuid}}","LANGFUSE_SECRET_KEY=sk-lf-..."]}},{"id":"secret/databricks-token","title":"Databricks personal access token","provider":"Databricks","description":"A Databricks personal access token (dapi + 32 hex).","severity":"high","keywords":["dapi"],"regex":"(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-[0-9])?)(?![A-Za-z0-9_-])","entropy":3,"remediation":"Revoke the token in the Databricks workspace (User Settings \u2192 Developer \u2192 Access tokens, or the admin token management page), then remove it from the code and the git history; prefer OAuth service principals.","tags":["data","databricks","structured"],"examples":{"positive":["DATABRICKS_TOKEN={{lit:dapi}}{{hex:32}}","[DEFAULT]\\nhost  = https://adb-{{digits:16}}.4.azuredatabricks.net\\n{{mark}}token = {{lit:dapi}}{{hex:32}}-2"],"negative":["DATABRICKS_TOKEN=dapi<token>","DATABRICKS_TOKEN={{lit:dapi}}{{hex:16}}"]}},{"id":"secret/datadog-api-key","title":"Datadog API or application key","provider":"Datadog","description":"A Datadog API key (32 hex) or application key (40 hex) assigned to a Datadog / DD_API_KEY name, or set in a `datadog` block (Terraform provider, Helm values).","severity":"high","flags":"i","keywords":["datadog","dd_api","dd-api","dd_app","dd-app"],"regex":"(?:datadog|dd[_-]api[_-]?key|dd[_-]app(?:lication)?[_-]?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?|\\\\{[^{}]{0,300}?(?<![\\\\w-])(?:api|app)_?key[\\\\x22\\\\x27]?[ \\\\t]*[=:][ \\\\t]*|:[ \\\\t]*\\\\r?\\\\n(?<=(?:^|\\\\n)(?<ind>[ \\\\t]*)\\\\S[^\\\\n]*\\\\n)(?:\\\\k<ind>[ \\\\t]+\\\\S[^\\\\n]*\\\\n|[ \\\\t]*\\\\r?\\\\n){0,10}?\\\\k<ind>[ \\\\t]+(?:api|app)_?key[\\\\x22\\\\x27]?[ \\\\t]*[=:][ \\\\t]*)[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40}|[a-f0-9]{32})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Revoke the key in Datadog (Organization Settings \u2192 API Keys or Application Keys), then remove it from the code and the git history.","tags":["monitoring","datadog","keyword-anchored"],"examples":{"positive":["DD_API_KEY={{hex:32}}","datadog_app_key = \\"{{hex:40}}\\"","provider \\"datadog\\" {\\n  {{mark}}api_key = \\"{{hex:32}}\\"\\n  app_key = \\"{{hex:40}}\\"\\n}","datadog:\\n  site: datadoghq.eu\\n  {{mark}}apiKey: {{hex:32}}","monitoring:\\n  datadog:\\n    site: datadoghq.eu\\n\\n    clusterAgent:\\n      enabled: true\\n    {{mark}}apiKey: \\"{{hex:32}}\\""],"negative":["DD_API_KEY=<DATADOG_API_KEY>","DD_SITE=datadoghq.eu","provider \\"datadog\\" {\\n  api_key = var.datadog_api_key\\n}","datadog:\\n  apiKeyExistingSecret: datadog-secret\\n  clusterName: {{hex:32}}","datadog:\\n  enabled: false\\nnewrelic:\\n  apiKey: {{hex:32}}","monitoring:\\n  datadog:\\n    enabled: false\\n  newrelic:\\n    licenseKey: {{hex:40}}\\n    apiKey: {{hex:32}}"]}},{"id":"secret/newrelic-user-api-key","title":"New Relic user API key","provider":"New Relic","description":"A New Relic user API key (NRAK-).","severity":"high","keywords":["nrak-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Delete the key in New Relic (API keys UI), then remove it from the code and the git history.","tags":["monitoring","newrelic","structured"],"examples":{"positive":["NEW_RELIC_API_KEY={{lit:NRAK-}}{{upper:27}}","provider \\"newrelic\\" { api_key = \\"{{lit:NRAK-}}{{upper:27}}\\" }"],"negative":["NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX","NEW_RELIC_API_KEY={{lit:NRAK-}}{{upper:10}}"]}},{"id":"secret/grafana-cloud-token","title":"Grafana Cloud access policy token","provider":"Grafana","description":"A Grafana Cloud access policy token (glc_).","severity":"high","keywords":["glc_"],"regex":"(?<![A-Za-z0-9_])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,3})(?![A-Za-z0-9+/=_])","entropy":3.5,"remediation":"Delete the token in the Grafana Cloud portal (Security \u2192 Access Policies \u2192 the policy\'s tokens), then remove it from the code and the git history.","tags":["monitoring","grafana","structured"],"examples":{"positive":["GRAFANA_CLOUD_TOKEN={{lit:glc_}}{{base64:120}}==","  password: \\"{{lit:glc_}}{{base64:150}}\\""],"negative":["GRAFANA_CLOUD_TOKEN=glc_<token>","GRAFANA_CLOUD_TOKEN={{lit:glc_}}{{alnum:10}}"]}},{"id":"secret/grafana-service-account-token","title":"Grafana service account token","provider":"Grafana","description":"A Grafana service account token (glsa_ + 32 + _ + 8 hex checksum).","severity":"high","keywords":["glsa_"],"regex":"(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Delete the token in Grafana (Administration \u2192 Service accounts \u2192 the account \u2192 Tokens), then remove it from the code and the git history.","tags":["monitoring","grafana","structured"],"examples":{"positive":["GRAFANA_SERVICE_ACCOUNT_TOKEN={{lit:glsa_}}{{alnum:32}}_{{hex:8}}","headers = {\\"Authorization\\": \\"Bearer {{lit:glsa_}}{{alnum:32}}_{{hex:8}}\\"}"],"negative":["GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_...","GRAFANA_SERVICE_ACCOUNT_TOKEN={{lit:glsa_}}{{alnum:32}}"]}},{"id":"secret/sentry-token","title":"Sentry auth token","provider":"Sentry","description":"A Sentry organization auth token (sntrys_) or user auth token (sntryu_).","severity":"high","keywords":["sntrys_","sntryu_"],"regex":"(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/=]{40,600}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_])","entropy":3.5,"remediation":"Revoke the token in Sentry (Settings \u2192 Auth Tokens, or Organization \u2192 Developer Settings \u2192 Organization Tokens), then remove it from the code and the git history.","tags":["monitoring","sentry","structured"],"examples":{"positive":["SENTRY_AUTH_TOKEN={{lit:sntrys_eyJpYXQiO}}{{base64:140}}_{{base64:43}}","auth.token={{lit:sntryu_}}{{hex:64}}"],"negative":["SENTRY_DSN=https://{{hex:32}}@o{{digits:6}}.ingest.sentry.io/{{digits:7}}","SENTRY_AUTH_TOKEN=sntrys_<token>"]}},{"id":"secret/postman-api-key","title":"Postman API key","provider":"Postman","description":"A Postman API key (PMAK-).","severity":"high","keywords":["pmak-"],"regex":"(?<![A-Za-z0-9_-])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Revoke the key in Postman (Settings \u2192 API keys), then remove it from the code and the git history.","tags":["devtools","postman","structured"],"examples":{"positive":["POSTMAN_API_KEY={{lit:PMAK-}}{{hex:24}}-{{hex:34}}","newman run {{uuid}} --postman-api-key {{lit:PMAK-}}{{hex:24}}-{{hex:34}}"],"negative":["POSTMAN_API_KEY=PMAK-<key>","POSTMAN_API_KEY={{lit:PMAK-}}{{hex:24}}"]}},{"id":"secret/linear-api-key","title":"Linear API key","provider":"Linear","description":"A Linear personal API key (lin_api_).","severity":"high","keywords":["lin_api_"],"regex":"(?<![A-Za-z0-9_])(?<secret>lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Revoke the key in Linear (Settings \u2192 Security & access \u2192 Personal API keys), then remove it from the code and the git history.","tags":["productivity","linear","structured"],"examples":{"positive":["LINEAR_API_KEY={{lit:lin_api_}}{{alnum:40}}","const linear = new LinearClient({ apiKey: \\"{{lit:lin_api_}}{{alnum:40}}\\" });"],"negative":["LINEAR_API_KEY=lin_api_...","LINEAR_API_KEY={{lit:lin_api_}}{{alnum:12}}"]}},{"id":"secret/notion-token","title":"Notion integration token","provider":"Notion","description":"A Notion internal integration token (ntn_, or the older secret_ + 43).","severity":"high","keywords":["ntn_","secret_"],"regex":"(?<![A-Za-z0-9_])(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])","entropy":3.5,"remediation":"Refresh (rotate) the integration secret in Notion (Settings \u2192 Connections \u2192 Develop or manage integrations), then remove it from the code and the git history.","tags":["productivity","notion","structured"],"examples":{"positive":["NOTION_TOKEN={{lit:ntn_}}{{digits:11}}{{alnum:35}}","notion = Client(auth=\\"{{lit:secret_}}{{alnum:43}}\\")"],"negative":["NOTION_TOKEN=ntn_...","client_secret_{{alnum:43}}"]}},{"id":"secret/atlassian-api-token","title":"Atlassian API token","provider":"Atlassian","description":"An Atlassian (Jira, Confluence, Bitbucket Cloud) API token (ATATT3\u2026).","severity":"high","keywords":["atatt3"],"regex":"(?<![A-Za-z0-9_-])(?<secret>ATATT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_=-])","entropy":3.5,"remediation":"Revoke the token at id.atlassian.com \u2192 Security \u2192 API tokens, then remove it from the code and the git history.","tags":["productivity","atlassian","jira","structured"],"examples":{"positive":["JIRA_API_TOKEN={{lit:ATATT3}}{{base64url:186}}","jira = JIRA(server, basic_auth=(\\"ops@acme.io\\", \\"{{lit:ATATT3}}{{base64url:186}}\\"))"],"negative":["JIRA_API_TOKEN=ATATT3...","JIRA_API_TOKEN={{lit:ATATT3}}{{base64url:40}}"]}},{"id":"secret/asana-token","title":"Asana personal access token","provider":"Asana","description":"An Asana personal access token (n/digits[/digits]:32) assigned to an Asana name.","severity":"high","flags":"i","keywords":["asana"],"regex":"asana[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[0-9]{1,2}/[0-9]{10,20}(?:/[0-9]{10,20})?:[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","entropy":3,"remediation":"Revoke the token in Asana (My settings \u2192 Apps \u2192 Developer apps \u2192 Personal access tokens), then remove it from the code and the git history.","tags":["productivity","asana","keyword-anchored"],"examples":{"positive":["ASANA_ACCESS_TOKEN=2/{{digits:16}}/{{digits:16}}:{{hex:32}}","client = asana.Client.access_token(\\"1/{{digits:16}}:{{alnum:32}}\\")"],"negative":["ASANA_ACCESS_TOKEN=${ASANA_ACCESS_TOKEN}","ASANA_PROJECT_ID={{digits:16}}"]}},{"id":"secret/dropbox-token","title":"Dropbox access token","provider":"Dropbox","description":"A Dropbox short-lived access token (sl.\u2026) assigned to a Dropbox name.","severity":"high","flags":"i","keywords":["dropbox"],"regex":"dropbox[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sl\\\\.[A-Za-z0-9_.-]{130,1400})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the token (Dropbox App Console \u2192 your app, or `/2/auth/token/revoke`) and rotate the app secret if it leaked too, then remove it from the code and the git history.","tags":["storage","dropbox","keyword-anchored"],"examples":{"positive":["DROPBOX_ACCESS_TOKEN={{lit:sl.}}{{base64url:140}}","dbx = dropbox.Dropbox(\\"{{lit:sl.u.}}{{base64url:180}}\\")"],"negative":["dbx = dropbox.Dropbox(os.environ[\\"DROPBOX_ACCESS_TOKEN\\"])","DROPBOX_APP_KEY={{lower:15}}"]}},{"id":"secret/figma-token","title":"Figma personal access token","provider":"Figma","description":"A Figma personal access token (figd_).","severity":"high","keywords":["figd_"],"regex":"(?<![A-Za-z0-9_])(?<secret>figd_[A-Za-z0-9_-]{38,50})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the token in Figma (Settings \u2192 Security \u2192 Personal access tokens), then remove it from the code and the git history.","tags":["design","figma","structured"],"examples":{"positive":["FIGMA_TOKEN={{lit:figd_}}{{base64url:40}}","headers: { \\"X-Figma-Token\\": \\"{{lit:figd_}}{{base64url:43}}\\" }"],"negative":["FIGMA_TOKEN=figd_...","FIGMA_TOKEN={{lit:figd_}}{{alnum:12}}"]}},{"id":"secret/mapbox-secret-token","title":"Mapbox secret access token","provider":"Mapbox","description":"A Mapbox secret access token (sk.eyJ\u2026). Public tokens (pk.) are meant for browsers and are not reported.","severity":"high","keywords":["sk.eyj"],"regex":"(?<![A-Za-z0-9_.-])(?<secret>sk\\\\.eyJ[A-Za-z0-9_-]{50,}\\\\.[A-Za-z0-9_-]{20,24})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete the token at account.mapbox.com \u2192 Access tokens, then remove it from the code and the git history.","tags":["maps","mapbox","structured"],"examples":{"positive":["MAPBOX_DOWNLOADS_TOKEN={{lit:sk.eyJ1}}{{base64url:80}}.{{base64url:22}}","mapbox_secret: \\"{{lit:sk.eyJ1}}{{base64url:70}}.{{base64url:22}}\\""],"negative":["MAPBOX_ACCESS_TOKEN={{lit:pk.eyJ1}}{{base64url:80}}.{{base64url:22}}","MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1..."]}},{"id":"secret/okta-api-token","title":"Okta API token","provider":"Okta","description":"An Okta API (SSWS) token (00 + 40) assigned to an Okta name.","severity":"critical","flags":"i","keywords":["okta"],"regex":"okta[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\]]{0,2}\\\\s{0,16}(?:=|:=|:|=>|,|\\\\()\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?:ssws\\\\s)?(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Revoke the token in the Okta Admin Console (Security \u2192 API \u2192 Tokens), review the system log, then remove it from the code and the git history.","tags":["identity","okta","keyword-anchored"],"examples":{"positive":["OKTA_API_TOKEN=00{{base64url:40}}","  okta_api_token: \\"00{{alnum:40}}\\""],"negative":["OKTA_API_TOKEN=${OKTA_API_TOKEN}","OKTA_CLIENT_ID=0oa{{alnum:17}}"]}},{"id":"secret/firebase-cloud-messaging-key","title":"Firebase Cloud Messaging server key","provider":"Firebase","description":"A legacy Firebase Cloud Messaging server key (AAAA\u2026:APA91b\u2026).","severity":"high","keywords":["apa91b"],"regex":"(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])","entropy":3.5,"remediation":"Delete the server key in the Firebase console (Project settings \u2192 Cloud Messaging) and migrate to the HTTP v1 API with a service account, then remove it from the code and the git history.","tags":["mobile","firebase","google","structured"],"examples":{"positive":["FCM_SERVER_KEY={{lit:AAAA}}{{base64url:7}}:APA91b{{base64url:134}}","headers = {\\"Authorization\\": \\"key={{lit:AAAA}}{{base64url:7}}:APA91b{{base64url:134}}\\"}"],"negative":["FCM_SERVER_KEY=AAAA...:APA91b...","registration_token = \\"{{base64url:22}}:APA91b{{base64url:20}}\\""]}},{"id":"secret/private-key","title":"Private key (PEM)","provider":"Cryptography","description":"A PEM private key block (RSA, EC, DSA, PKCS#8, encrypted PKCS#8), also when embedded in a string with \\\\n escapes.","severity":"critical","keywords":["private key-----"],"regex":"(?<secret>-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----[A-Za-z0-9+/=\\\\s:,\\\\\\\\-]{64,20000}?-----END (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----)","validator":"private-key","remediation":"Treat the key as compromised - revoke any certificate issued for it, replace it wherever it is trusted (servers, deploy keys, JWT signing, TLS), then remove it from the code and the git history and keep keys in a secrets manager.","tags":["private-key","crypto"],"examples":{"positive":["{{pem:RSA PRIVATE KEY}}","tls:\\n  key: |\\n    {{pem:EC PRIVATE KEY}}","JWT_SIGNING_KEY=\\"{{pem-escaped:PRIVATE KEY}}\\"","{{pem:ENCRYPTED PRIVATE KEY}}"],"negative":["{{pem:PUBLIC KEY}}","{{pem:CERTIFICATE}}","-----BEGIN RSA PRIVATE KEY-----\\n<paste your key here>\\n-----END RSA PRIVATE KEY-----","const header = \\"-----BEGIN PRIVATE KEY-----\\"; // marker we look for"]}},{"id":"secret/ssh-private-key","title":"OpenSSH private key","provider":"Cryptography","description":"An OpenSSH-format private key (-----BEGIN OPENSSH PRIVATE KEY-----).","severity":"critical","keywords":["openssh private key-----"],"regex":"(?<secret>-----BEGIN OPENSSH PRIVATE KEY-----[A-Za-z0-9+/=\\\\s\\\\\\\\-]{64,20000}?-----END OPENSSH PRIVATE KEY-----)","validator":"private-key","remediation":"Remove the public key from every authorized_keys file, deploy-key list and Git host where it is trusted, generate a new key pair, then remove the private key from the code and the git history.","tags":["private-key","ssh"],"examples":{"positive":["{{pem:OPENSSH PRIVATE KEY}}","SSH_PRIVATE_KEY=\\"{{pem-escaped:OPENSSH PRIVATE KEY}}\\""],"negative":["ssh-ed25519 {{base64:68}} deploy@ci","-----BEGIN OPENSSH PRIVATE KEY-----\\n...\\n-----END OPENSSH PRIVATE KEY-----"]}},{"id":"secret/pgp-private-key","title":"PGP private key block","provider":"Cryptography","description":"An armored OpenPGP private key (-----BEGIN PGP PRIVATE KEY BLOCK-----).","severity":"critical","keywords":["pgp private key block-----"],"regex":"(?<secret>-----BEGIN PGP PRIVATE KEY BLOCK-----[A-Za-z0-9+/=\\\\s:.,()\\\\\\\\-]{64,40000}?-----END PGP PRIVATE KEY BLOCK-----)","validator":"private-key","remediation":"Revoke the key (publish its revocation certificate to the keyservers and to everyone who trusts it), create a new key, re-sign or re-encrypt what depended on it, then remove it from the code and the git history.","tags":["private-key","pgp"],"examples":{"positive":["{{pem:PGP PRIVATE KEY BLOCK}}","env:\\n  GPG_PRIVATE_KEY: |\\n    {{pem:PGP PRIVATE KEY BLOCK}}"],"negative":["{{pem:PGP PUBLIC KEY BLOCK}}","gpg --armor --export-secret-keys \\"$KEY_ID\\" > private.asc  # -----BEGIN PGP PRIVATE KEY BLOCK-----"]}},{"id":"secret/putty-private-key","title":"PuTTY private key","provider":"Cryptography","description":"A PuTTY private key file (.ppk, PuTTY-User-Key-File-2/3), encrypted or not.","severity":"critical","keywords":["putty-user-key-file-"],"regex":"(?<secret>PuTTY-User-Key-File-[23]: [^\\\\s]{3,40}\\\\n[\\\\s\\\\S]{0,8000}?\\\\nPrivate-Lines: [0-9]{1,3}\\\\n(?:[A-Za-z0-9+/=]{1,128}\\\\n){1,200})","remediation":"Remove the public key from every authorized_keys file and Git host where it is trusted, generate a new key pair, then remove the .ppk file from the code and the git history.","tags":["private-key","ssh"],"examples":{"positive":["{{mark}}PuTTY-User-Key-File-3: ssh-ed25519\\nEncryption: none\\nComment: deploy@build\\nPublic-Lines: 2\\n{{lit:AAAAC3NzaC1lZDI1NTE5AAAAI}}{{base64:43}}\\n{{base64:20}}\\nPrivate-Lines: 1\\n{{base64:44}}\\nPrivate-MAC: {{hex:64}}","{{mark}}PuTTY-User-Key-File-2: ssh-rsa\\nEncryption: aes256-cbc\\nComment: rsa-key-20240101\\nPublic-Lines: 2\\n{{base64:64}}\\n{{base64:40}}\\nPrivate-Lines: 3\\n{{base64:64}}\\n{{base64:64}}\\n{{base64:32}}\\nPrivate-MAC: {{hex:40}}"],"negative":["PuTTY-User-Key-File-3: ssh-ed25519\\nEncryption: none\\nPrivate-Lines: 1\\n<your private key>\\nPrivate-MAC: <mac>","Open the PuTTY-User-Key-File-3 (.ppk) in PuTTYgen and export it as OpenSSH."]}},{"id":"secret/jwt","title":"JSON Web Token","provider":"JWT","description":"A signed JSON Web Token (header and payload decode to JSON). Often short-lived; a leaked long-lived or service token grants whatever its claims allow.","severity":"medium","keywords":["eyj"],"regex":"(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])","validator":"jwt","remediation":"Revoke the token or rotate the signing key of its issuer (and shorten its lifetime), then remove it from the code and the git history; tests should mint their own tokens.","tags":["token","jwt","structured"],"examples":{"positive":["Authorization: Bearer {{jwt}}","const token = \\"{{jwt}}\\";"],"negative":["Authorization: Bearer ${TOKEN}","token = \\"eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.\\"","blob = \\"eyJ{{base64url:60}}.eyJ{{base64url:40}}.{{base64url:43}}\\""]}},{"id":"secret/postgres-uri","title":"PostgreSQL connection string with password","provider":"PostgreSQL","description":"A postgres:// or postgresql:// URI that embeds a password.","severity":"high","flags":"i","keywords":["postgres"],"regex":"(?<![A-Za-z0-9+.-])postgres(?:ql)?(?:\\\\+[a-z0-9]+)?://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._-]{1,256}","validator":"connection-uri","allowlist":{"regexes":["^(?:postgres|password|pass|root|admin|changeme|secret)$"]},"remediation":"Change the database user\'s password (ALTER ROLE \u2026 PASSWORD, or the managed database console), then remove it from the code and the git history and read the URL from the environment or a secrets manager.","tags":["database","postgres","connection-string","uri"],"examples":{"positive":["DATABASE_URL=postgres://app:{{alnum:24}}@db.internal:5432/orders","engine = create_engine(\\"postgresql+psycopg://etl:{{alnum:18}}@warehouse.prod.acme.io/analytics\\")"],"negative":["DATABASE_URL=postgres://postgres:{{lit:postgres}}@localhost:5432/dev","DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app","DATABASE_URL=postgresql://user:password@localhost/mydb"]}},{"id":"secret/mysql-uri","title":"MySQL connection string with password","provider":"MySQL","description":"A mysql:// (or mysql+driver, mariadb) URI that embeds a password.","severity":"high","flags":"i","keywords":["mysql","mariadb"],"regex":"(?<![A-Za-z0-9+.-])(?:mysql|mariadb)(?:\\\\+[a-z0-9]+)?://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._-]{1,256}","validator":"connection-uri","allowlist":{"regexes":["^(?:mysql|password|pass|root|admin|changeme|secret)$"]},"remediation":"Change the MySQL user\'s password (ALTER USER \u2026 IDENTIFIED BY, or the managed database console), then remove it from the code and the git history.","tags":["database","mysql","connection-string","uri"],"examples":{"positive":["DATABASE_URL=\\"mysql://shop:{{alnum:20}}@mysql.prod.internal:3306/shop\\"","SQLALCHEMY_DATABASE_URI = \\"mysql+pymysql://api:{{alnum:16}}@10.0.3.12/api\\""],"negative":["DATABASE_URL=mysql://root:root@127.0.0.1:3306/test","DATABASE_URL=mysql://app:{{ .Values.db.password }}@db/app"]}},{"id":"secret/mongodb-uri","title":"MongoDB connection string with password","provider":"MongoDB","description":"A mongodb:// or mongodb+srv:// URI that embeds a password.","severity":"high","flags":"i","keywords":["mongodb"],"regex":"(?<![A-Za-z0-9+.-])mongodb(?:\\\\+srv)?://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._,:-]{1,512}","validator":"connection-uri","allowlist":{"regexes":["^(?:mongo|mongodb|password|pass|root|admin|changeme|secret|example)$"]},"remediation":"Rotate the database user\'s password (MongoDB Atlas \u2192 Database Access, or db.changeUserPassword), then remove it from the code and the git history.","tags":["database","mongodb","connection-string","uri"],"examples":{"positive":["MONGODB_URI=mongodb+srv://api:{{alnum:24}}@cluster0.{{lower:5}}.mongodb.net/prod?retryWrites=true&w=majority","client = MongoClient(\\"mongodb://reporting:{{alnum:16}}@mongo-0.db:27017,mongo-1.db:27017/?replicaSet=rs0\\")"],"negative":["MONGODB_URI=mongodb+srv://<username>:{{lit:<password>}}@cluster0.example.mongodb.net/","MONGODB_URI=mongodb://localhost:27017/dev"]}},{"id":"secret/redis-uri","title":"Redis connection string with password","provider":"Redis","description":"A redis:// or rediss:// URI that embeds a password (with or without a user name).","severity":"high","flags":"i","keywords":["redis"],"regex":"(?<![A-Za-z0-9+.-])rediss?://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{0,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._-]{1,256}","validator":"connection-uri","allowlist":{"regexes":["^(?:redis|password|pass|changeme|secret|default)$"]},"remediation":"Change the Redis password (the ACL user or requirepass, or the managed cache console), then remove it from the code and the git history.","tags":["database","redis","connection-string","uri"],"examples":{"positive":["REDIS_URL=redis://:{{alnum:32}}@cache.prod.internal:6379/0","CELERY_BROKER_URL = \\"rediss://default:{{alnum:24}}@redis-{{digits:5}}.c1.cloud.redislabs.com:{{digits:5}}\\""],"negative":["REDIS_URL=redis://localhost:6379/0","REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379"]}},{"id":"secret/amqp-uri","title":"AMQP (RabbitMQ) connection string with password","provider":"RabbitMQ","description":"An amqp:// or amqps:// URI that embeds a password.","severity":"high","flags":"i","keywords":["amqp"],"regex":"(?<![A-Za-z0-9+.-])amqps?://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._-]{1,256}","validator":"connection-uri","allowlist":{"regexes":["^(?:guest|password|pass|changeme|secret|rabbitmq)$"]},"remediation":"Change the RabbitMQ user\'s password (rabbitmqctl change_password, or the broker console), then remove it from the code and the git history.","tags":["messaging","rabbitmq","connection-string","uri"],"examples":{"positive":["AMQP_URL=amqps://orders:{{alnum:20}}@b-{{uuid}}.mq.eu-west-1.amazonaws.com:5671","connection = pika.BlockingConnection(pika.URLParameters(\\"amqp://worker:{{alnum:16}}@rabbit.internal:5672/%2F\\"))"],"negative":["AMQP_URL=amqp://guest:guest@localhost:5672/","AMQP_URL=amqp://user:%s@%s:5672/"]}},{"id":"secret/service-uri","title":"LDAP, SMTP, IMAP, POP3 or FTP URL with password","provider":"LDAP / mail / FTP","description":"An ldap(s)://, smtp(s)://, imap(s)://, pop3(s)://, ftp(s):// or sftp:// URL that embeds a password (a directory bind account, a mail relay or a file drop).","severity":"high","flags":"i","keywords":["ldap","smtp","imap","pop3","ftp"],"regex":"(?<![A-Za-z0-9+.-])(?:ldaps?|smtps?|imaps?|pop3s?|ftps?|sftp)(?:\\\\+[a-z]+)?://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._-]{1,256}","validator":"connection-uri","allowlist":{"regexes":["^(?:anonymous|guest|ftp|password|pass|changeme|secret)$"],"stopwords":["example","your_","your-","placeholder"]},"remediation":"Change the account\'s password on the directory, mail or file server the URL names, then remove it from the code and the git history and read the URL from the environment or a secrets manager.","tags":["connection-string","uri","ldap","smtp","ftp"],"examples":{"positive":["LDAP_URL=ldaps://svc-gitlab:{{alnum:20}}@ldap.corp.acme.io:636/dc=acme,dc=io","EMAIL_URL = \\"smtp+tls://postmaster%40mg.acme.io:{{alnum:16}}@smtp.mailgun.org:587\\"","rsync_target: sftp://backup:{{alnum:22}}@backup01.corp.acme.io/srv"],"negative":["EXPORT=ftp://anonymous:{{lit:anonymous}}@ftp.gnu.org/gnu/","SMTP_URL=smtp://user:password@smtp.example.com:587","LDAP_URL=ldap://${LDAP_USER}:${LDAP_PASSWORD}@ldap:389"]}},{"id":"secret/connection-string-password","title":"Password in a database connection string (ADO.NET, ODBC, JDBC)","provider":"Database","description":"A `Password=` / `Pwd=` in an ADO.NET, ODBC or JDBC connection string (after a `Server=`, `Host=`, `User Id=`, `Uid=`\u2026 pair or a `jdbc:` URL), or the `user/password@` of an Oracle thin URL.","severity":"high","flags":"i","keywords":["password","pwd","jdbc"],"regex":"(?:(?:password|pwd)(?<=(?<![\\\\w])(?:server|data\\\\s+source|host|hostname|address|addr|driver|dsn|database|initial\\\\s+catalog|uid|user\\\\s+id|userid|user|username|port)[ \\\\t]*=[^;\\\\n]{0,200};(?:[^;\\\\n]{0,200};){0,8}[ \\\\t]*(?:password|pwd))[ \\\\t]*=[ \\\\t]*|password=(?<=jdbc:[a-z][\\\\w:]{0,30}[^\\\\s\\\\x22\\\\x27<>]{0,400}?[?&;]password=)|jdbc:oracle:thin:[^/@\\\\s:\\\\x22\\\\x27]{1,64}/)(?<secret>[^;&\\\\s\\\\x22\\\\x27<>@/{}]{3,128})(?=[;&\\\\x22\\\\x27<@\\\\s]|$)","entropy":2.5,"validator":"connection-uri","allowlist":{"regexes":["^[a-z]{1,12}$"]},"remediation":"Change the database login\'s password (ALTER LOGIN / ALTER USER, or the managed database console), then remove it from the code and the git history; read the connection string from the environment, a secrets manager or integrated (managed identity) authentication.","tags":["database","connection-string"],"examples":{"positive":["\\"Default\\": \\"Server=tcp:orders.database.windows.net,1433;Initial Catalog=orders;User ID=api;Password={{alnum:18}};Encrypt=True;\\"","conn = pyodbc.connect(\\"Driver={ODBC Driver 18 for SQL Server};Server=dw01;Database=dw;Uid=loader;Pwd={{alnum:16}};\\")","orders.url=jdbc:mysql://db.prod.internal:3306/orders?user=orders&password={{alnum:20}}&useSSL=true","ledger.url=jdbc:sqlserver://sql01:1433;databaseName=ledger;user=ledger;password={{alnum:16}};encrypt=true","legacy.url=jdbc:oracle:thin:scott/{{alnum:14}}@//ora.corp.acme.io:1521/ORCLPDB1"],"negative":["\\"Events\\": \\"Host=localhost;Database=events;Username=events;Password=${EVENTS_DB_PASSWORD}\\"","\\"Template\\": \\"Server={0};Database={1};User Id={2};Password={3};\\"","\\"Local\\": \\"Server=localhost;User Id=sa;Password=<YourStrong@Passw0rd>;\\"","h2.url=jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=","orders.url=jdbc:mysql://db:3306/orders?user=orders&password=${DB_PASSWORD}","legacy.url=jdbc:oracle:thin:scott/tiger@localhost:1521:orcl"]}},{"id":"secret/sql-password","title":"Password in a SQL CREATE / ALTER USER statement","provider":"SQL","description":"A clear-text password in `CREATE USER \u2026 IDENTIFIED BY \'\u2026\'`, `CREATE / ALTER ROLE \u2026 PASSWORD \'\u2026\'`, `CREATE LOGIN \u2026 WITH PASSWORD = \'\u2026\'` or `GRANT \u2026 IDENTIFIED BY \'\u2026\'` (a migration or bootstrap script). Password hashes (SCRAM, md5, MySQL `*\u2026`, bcrypt) and bind variables are not reported.","severity":"high","flags":"i","keywords":["identified","password","create","alter","grant"],"regex":"(?<![\\\\w])(?:create|alter|grant)\\\\s+(?:[^;]{0,80}?\\\\s)?(?:user|role|login)\\\\b[^;]{0,200}?\\\\b(?:identified\\\\s+by|password)(?:\\\\s*=)?\\\\s*[\\\\x22\\\\x27](?<secret>[^\\\\x22\\\\x27\\\\s;]{3,128})[\\\\x22\\\\x27]","entropy":2.5,"validator":"connection-uri","allowlist":{"regexes":["^[a-z]{1,12}$","^SCRAM-SHA-256\\\\$","^md5[0-9a-f]{32}$","^\\\\*[0-9A-F]{40}$","^\\\\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|[A-Z])\\\\$"]},"remediation":"Change the database account\'s password (ALTER USER / ALTER ROLE / ALTER LOGIN), then remove it from the script and the git history; have the migration read it from a variable (psql `:\'pw\'`, SQL*Plus `&pw`) or create the account outside version control.","tags":["database","sql"],"examples":{"positive":["CREATE USER \'reporting\'@\'%\' IDENTIFIED BY \'{{alnum:18}}\';","CREATE ROLE etl WITH LOGIN PASSWORD \'{{alnum:16}}\' VALID UNTIL \'infinity\';","ALTER USER app_rw WITH ENCRYPTED PASSWORD \'{{alnum:20}}\';","CREATE LOGIN svc_batch WITH PASSWORD = \'{{alnum:16}}\', CHECK_POLICY = OFF;","CREATE USER billing IDENTIFIED BY \\"{{alnum:14}}\\"\\n  DEFAULT TABLESPACE users;"],"negative":["CREATE USER app IDENTIFIED BY :app_password;","ALTER ROLE readonly PASSWORD NULL;","ALTER ROLE api PASSWORD \'{{lit:SCRAM-SHA-256$}}4096:{{base64:24}}${{base64:44}}:{{base64:44}}\';","CREATE USER \'old\'@\'%\' IDENTIFIED BY PASSWORD \'*{{HEX:40}}\';","CREATE USER \'tmpl\'@\'%\' IDENTIFIED BY \'${MYSQL_APP_PASSWORD}\';","ALTER USER scott IDENTIFIED BY \'tiger\';","UPDATE users SET password = \'{{lit:$2b$}}12${{alnum:53}}\' WHERE id = 1;"]}},{"id":"secret/basic-auth-credentials","title":"HTTP Basic credentials (base64 user:password)","provider":"HTTP Basic","description":"Base64 of `user:password` in an `Authorization: Basic \u2026` header (code, curl, HAR, Postman), a Docker `config.json` `auths.*.auth` entry or an npm `_auth`. Only values that decode to a user and a plausible password are reported.","severity":"high","flags":"i","keywords":["basic","auth"],"regex":"(?:basic(?<![\\\\w-]basic)[ \\\\t]+|auth(?:\\\\x22(?<=(?<![\\\\w-])\\\\x22auth\\\\x22)[ \\\\t]*:[ \\\\t]*\\\\x22|(?<=(?<![\\\\w-])_auth)[ \\\\t]*=[ \\\\t]*[\\\\x22\\\\x27]?))(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])","validator":"basic-auth","remediation":"Change the password (or revoke the registry token) of the account the value decodes to, then remove it from the code and the git history; for Docker use a credential helper (`credsStore`), for HTTP clients build the header from the environment.","tags":["http","basic-auth","docker"],"examples":{"positive":["curl -H \\"Authorization: Basic {{basic:ci-bot}}\\" https://nexus.corp.acme.io/","{\\n  \\"auths\\": {\\n    \\"registry.corp.acme.io\\": {\\n      {{mark}}\\"auth\\": \\"{{basic:deploy}}\\"\\n    }\\n  }\\n}","_auth = {{basic:npm-bot}}"],"negative":["curl -H \\"Authorization: Basic $NEXUS_AUTH\\" https://nexus.corp.acme.io/","headers = {\\"Authorization\\": \\"Basic {{lit:YWRtaW46YWRtaW4=}}\\"}","{ \\"auths\\": { \\"ghcr.io\\": {} }, \\"credsStore\\": \\"desktop\\" }","Basic authentication is described in RFC 7617.","WWW-Authenticate: Basic realm=\\"shop\\"","Authorization: Basic {{lit:czZCaGRSa3F0}}{{lit:MzpnWDFmQmF0M2JW}}","Authorization: Basic {{lit:QWxhZGRpbjpv}}{{lit:cGVuIHNlc2FtZQ==}}"]}},{"id":"secret/curl-credentials","title":"Password in a curl -u option","provider":"curl","description":"A `curl -u user:password` (or `--user`) with a literal password, in a script, CI step, Dockerfile or README.","severity":"high","flags":"i","keywords":["curl"],"regex":"(?<![\\\\w-])curl(?:[^\\\\n\\\\\\\\]|\\\\\\\\[^\\\\n]|\\\\\\\\\\\\r?\\\\n){0,400}?[ \\\\t](?:-u|--user)(?:[ \\\\t]+|=)[\\\\x22\\\\x27]?[^\\\\s:\\\\x22\\\\x27$]{1,128}:(?<secret>[^\\\\s\\\\x22\\\\x27]{3,256})","validator":"connection-uri","allowlist":{"regexes":["^[a-z]{1,12}$"],"stopwords":["password","passwd","changeme","example","your_","your-","placeholder","secret"]},"remediation":"Change the password (or revoke the token) of that account, then remove it from the script and the git history; pass credentials with `-u \\"$USER:$TOKEN\\"` from the environment or a `--netrc-file` outside the repository.","tags":["http","curl"],"examples":{"positive":["curl -fsS -u deploy:{{alnum:18}} -X POST https://jenkins.corp.acme.io/job/release/build","curl -fsS \\\\\\n  {{mark}}--user \\"ci-bot:{{alnum:20}}\\" \\\\\\n  https://artifacts.corp.acme.io/api/storage"],"negative":["curl -fsS -u \\"$JENKINS_USER:$JENKINS_TOKEN\\" https://jenkins.corp.acme.io/","curl -u username:password https://httpbin.org/basic-auth/username/password","curl -u admin:admin http://localhost:8080/"]}},{"id":"secret/cli-password-option","title":"Password in a command-line option (docker login -p, sshpass -p, mysql -p)","provider":"CLI","description":"A literal password on a command line \u2014 `docker login -p` / `--password` (also podman, buildah, skopeo), a literal piped into `docker login --password-stdin` (`echo \u2026 |`, `printf \u2026 |`; also podman, buildah, skopeo, helm registry, oras, nerdctl), `sshpass -p`, `mysql -p\u2026` / `--password=` (also mysqldump, mysqladmin) \u2014 in a script, CI step, Dockerfile or README. Variables (`-p \\"$TOKEN\\"`) are not reported.","severity":"high","keywords":["docker","podman","buildah","skopeo","sshpass","mysql","echo","printf"],"regex":"(?:(?:docker|podman|buildah|skopeo)(?<![\\\\w-](?:docker|podman|buildah|skopeo))[ \\\\t]+login(?:[^\\\\n\\\\\\\\|;&]|\\\\\\\\\\\\r?\\\\n){0,300}?[ \\\\t](?:-p|--password)(?:[ \\\\t]+|=)|(?:echo|printf)(?<![\\\\w-](?:echo|printf))(?:[ \\\\t]+-[ne]{1,2})?[ \\\\t]+(?:[\\\\x22\\\\x27]%s[^\\\\x22\\\\x27\\\\n]{0,4}[\\\\x22\\\\x27][ \\\\t]+)?(?=[\\\\x22\\\\x27]?[^\\\\s\\\\x22\\\\x27$\\\\x60;|&]{3,256}[\\\\x22\\\\x27]?[ \\\\t]*\\\\|[ \\\\t]*(?:sudo[ \\\\t]+)?(?:docker|podman|buildah|skopeo|helm|oras|nerdctl)[ \\\\t]+(?:registry[ \\\\t]+)?login\\\\b[^\\\\n|;&]{0,300}--password-stdin)|sshpass(?<![\\\\w-]sshpass)[ \\\\t]+-p[ \\\\t]*|mysql(?<![\\\\w-]mysql)(?:dump|admin)?(?:[ \\\\t]+[^\\\\s|;&]+){0,10}?[ \\\\t]+(?:-p(?=[^\\\\s-])|--password=))[\\\\x22\\\\x27]?(?<secret>[^\\\\s\\\\x22\\\\x27$\\\\x60;|&]{3,256})","validator":"password","allowlist":{"regexes":["^[a-z]{1,12}$"],"stopwords":["password","passwd","changeme","example","your_","your-","placeholder","secret"]},"remediation":"Change the password (or revoke the token) of that account, then remove it from the script and the git history; use `docker login --password-stdin`, `sshpass -e` (SSHPASS) or a MySQL option file / `MYSQL_PWD` from the environment or a secrets manager.","tags":["cli"],"examples":{"positive":["docker login -u deploy -p {{alnum:20}} registry.corp.acme.io","docker login https://registry.corp.acme.io -u deploy -p {{alnum:20}}","echo \\"{{alnum:24}}\\" | docker login -u ci --password-stdin registry.corp.acme.io","printf \'%s\' \'{{alnum:24}}\' | helm registry login ghcr.io -u ci --password-stdin","podman login registry.corp.acme.io \\\\\\n  --username ci \\\\\\n  {{mark}}--password \'{{alnum:18}}\'","sshpass -p \'{{alnum:16}}\' ssh deploy@10.0.1.11 \'systemctl restart api\'","mysqldump -h db.prod.internal -u backup -p{{alnum:18}} --single-transaction shop > shop.sql"],"negative":["echo \\"$REGISTRY_TOKEN\\" | docker login registry.corp.acme.io -u ci --password-stdin","echo $CI_JOB_TOKEN | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY","echo \\"{{alnum:24}}\\" > token.txt","echo \\"Logging in to {{alnum:12}}\\" | tee -a log.txt","docker login -u \\"$DOCKER_USER\\" -p \\"$DOCKER_PASSWORD\\"","docker login -u <username> -p <password>","mysql -u root -p shop < dump.sql","mysql -h db -u app -p\\"${MYSQL_PASSWORD}\\" app"]}},{"id":"secret/kafka-jaas-password","title":"Password in a Kafka SASL JAAS configuration","provider":"Kafka","description":"A `password=\\"\u2026\\"` in a JAAS login module configuration (`sasl.jaas.config=\u2026PlainLoginModule required username=\\"\u2026\\" password=\\"\u2026\\";`, Kafka, ZooKeeper, Confluent Cloud).","severity":"high","flags":"i","keywords":["loginmodule"],"regex":"LoginModule[ \\\\t]+required\\\\b[^;]{0,400}?(?<![\\\\w])password[ \\\\t]*=[ \\\\t]*\\\\\\\\?\\\\x22(?<secret>[^\\\\x22\\\\s\\\\\\\\]{3,256})\\\\\\\\?\\\\x22","validator":"connection-uri","remediation":"Change the SASL user\'s password (kafka-configs --alter --add-config SCRAM-\u2026, or rotate the Confluent Cloud API key), then remove it from the code and the git history; read it from the environment or a config provider (`${file:\u2026}`, `${env:\u2026}`).","tags":["messaging","kafka"],"examples":{"positive":["sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"orders\\" password=\\"{{alnum:20}}\\";","KafkaClient {\\n  org.apache.kafka.common.security.plain.PlainLoginModule required\\n  username=\\"{{upper:16}}\\"\\n  {{mark}}password=\\"{{base64:64}}\\";\\n};"],"negative":["sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"${KAFKA_USER}\\" password=\\"${KAFKA_PASSWORD}\\";","sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"${file:/etc/kafka/creds.properties:user}\\" password=\\"${file:/etc/kafka/creds.properties:password}\\";"]}},{"id":"secret/spring-datasource-password","title":"Spring datasource password","provider":"Spring","description":"A literal password for a Spring Boot datasource (also R2DBC, Flyway, Liquibase, MongoDB, Redis, RabbitMQ, mail) in application.properties or application.yml. Property placeholders (`${DB_PASSWORD}`) are not reported.","severity":"high","flags":"i","keywords":["spring","datasource","r2dbc","flyway","liquibase","mongodb:","redis:","rabbitmq:","mail:"],"regex":"(?:spring\\\\.(?<![\\\\w.-]spring\\\\.)(?:datasource|r2dbc|flyway|liquibase|data\\\\.mongodb|data\\\\.redis|redis|rabbitmq|mail)[\\\\w.-]{0,40}?\\\\.password[ \\\\t]*[=:][ \\\\t]*|(?:datasource|r2dbc|flyway|liquibase|mongodb|redis|rabbitmq|mail):(?<=(?<![\\\\w-])(?:datasource|r2dbc|flyway|liquibase):|(?<![\\\\w.-])spring:[ \\\\t]*\\\\r?\\\\n(?:[ \\\\t]+\\\\S[^\\\\n]*\\\\n|[ \\\\t]*\\\\r?\\\\n){0,60}[ \\\\t]+(?:mongodb|redis|rabbitmq|mail):)[ \\\\t]*\\\\r?\\\\n(?:[ \\\\t]+\\\\S[^\\\\n]*\\\\n|[ \\\\t]*\\\\r?\\\\n){0,12}?[ \\\\t]+password:[ \\\\t]*)[\\\\x22\\\\x27]?(?<secret>[^\\\\s\\\\x22\\\\x27#]{3,256})","entropy":2.5,"allowlist":{"regexes":["^[a-z]{1,12}$","^[$%<{\\\\[(@]","^ENC\\\\("],"stopwords":["password","changeme","example","placeholder","your_","your-","secret"]},"remediation":"Change the database user\'s password, then remove it from the configuration and the git history; use `${DB_PASSWORD}` (an environment variable), Spring Cloud Config / Vault, or a Kubernetes Secret.","tags":["database","spring"],"examples":{"positive":["spring.datasource.password={{alnum:18}}","spring:\\n  datasource:\\n    url: jdbc:postgresql://pg.prod.internal:5432/orders\\n    username: orders\\n    {{mark}}password: {{alnum:20}}","spring:\\n  application:\\n    name: orders\\n  rabbitmq:\\n    host: mq.prod.internal\\n    username: orders\\n    {{mark}}password: {{alnum:16}}","spring:\\n  data:\\n    redis:\\n      host: cache.prod.internal\\n      {{mark}}password: {{alnum:20}}"],"negative":["spring.datasource.password=${DB_PASSWORD}","spring:\\n  datasource:\\n    username: app\\n    password: ENC({{base64:44}})\\n  rabbitmq:\\n    password: ${RABBIT_PASSWORD}","spring:\\n  datasource:\\n    url: jdbc:h2:mem:orders\\n    username: sa\\n    password:\\n  flyway:\\n    password: ${FLYWAY_PASSWORD:}","spring.datasource.password=postgres","spring.datasource.password=@db.password@"]}},{"id":"secret/framework-secret-key","title":"Web framework signing key (Rails, Django, Flask, Laravel)","provider":"Rails / Django / Laravel","description":"The key a web framework signs sessions, cookies and tokens with \u2014 Rails `secret_key_base`, Django / Flask `SECRET_KEY = \'\u2026\'`, Laravel `APP_KEY=base64:\u2026`. Whoever holds it can forge sessions (and, with some serializers, run code).","severity":"high","keywords":["secret_key","app_key","app.secret_key","application.secret_key"],"regex":"(?:(?:secret_key_base|SECRET_KEY_BASE)(?<![\\\\w](?:secret_key_base|SECRET_KEY_BASE))[\\\\x22\\\\x27]?[ \\\\t]*(?::|=>|=)[ \\\\t]*[\\\\x22\\\\x27]?|SECRET_KEY(?<![\\\\w.]SECRET_KEY)[\\\\x22\\\\x27\\\\]]{0,2}[ \\\\t]*=[ \\\\t]*[rb]?[\\\\x22\\\\x27]|(?:app|application)\\\\.secret_key(?<![\\\\w](?:app|application)\\\\.secret_key)[ \\\\t]*=[ \\\\t]*[rb]?[\\\\x22\\\\x27]|APP_KEY(?<![\\\\w]APP_KEY)[ \\\\t]*[=:][ \\\\t]*[\\\\x22\\\\x27]?(?=base64:))(?<secret>[A-Za-z0-9!@#$%^&*()_=+/:-]{32,256})(?![A-Za-z0-9!@#$%^&*()_=+/:-])","entropy":3.5,"remediation":"Generate a new key (`bin/rails secret`, `django.core.management.utils.get_random_secret_key()`, `php artisan key:generate`) and deploy it from the environment or the framework\'s encrypted credentials, which signs out every session; then remove the old key from the code and the git history.","tags":["framework","signing-key"],"examples":{"positive":["production:\\n  {{mark}}secret_key_base: {{hex:128}}","SECRET_KEY = \'django-insecure-{{lower:30}}!@#{{lower:15}}\'","APP_KEY=base64:{{base64:43}}=","app.config[\'SECRET_KEY\'] = \'{{hex:48}}\'","app.secret_key = b\'{{hex:32}}\'"],"negative":["SECRET_KEY = os.environ[\\"DJANGO_SECRET_KEY\\"]","  secret_key_base: <%= ENV[\'SECRET_KEY_BASE\'] %>","APP_KEY=","SECRET_KEY = \'dev\'","provider \\"aws\\" {\\n  secret_key = \\"{{base64:40}}\\"\\n}"]}},{"id":"secret/generic-bearer-token","title":"Bearer token in an Authorization header","provider":"Generic","description":"An opaque high-entropy token in an `Authorization: Bearer \u2026` (or `Token \u2026`) header \u2014 code, curl, HAR, Postman. Warns only; a provider rule (JWT, GitHub, OpenAI\u2026) on the same token takes precedence.","severity":"medium","blocking":false,"flags":"i","keywords":["authorization"],"regex":"(?<![\\\\w-])(?:authorization)[\\\\x22\\\\x27]?(?:[ \\\\t]*[:=,][ \\\\t]*|[\\\\x22\\\\x27]?\\\\s{0,20},\\\\s{0,20}[\\\\x22\\\\x27]value[\\\\x22\\\\x27][ \\\\t]*:[ \\\\t]*)[\\\\x22\\\\x27\\\\x60]?(?:bearer|token)[ \\\\t]+(?<secret>[A-Za-z0-9._~+/-]{16,512}={0,2})(?![A-Za-z0-9._~+/=-])","entropy":3.5,"allowlist":{"stopwords":["example","placeholder","changeme","your_","your-","redacted","dummy","xxxx"]},"remediation":"Revoke the token where it was issued, then remove it from the code and the git history; read it from the environment or a secrets manager (for HAR files, sanitize before sharing).","tags":["generic","http"],"examples":{"positive":["curl -H \\"Authorization: Bearer {{base64url:40}}\\" https://api.partner.example.net/v2/orders","{ \\"key\\": \\"Authorization\\", {{mark}}\\"value\\": \\"Bearer {{alnum:48}}\\" }"],"negative":["curl -H \\"Authorization: Bearer ${API_TOKEN}\\" https://api.partner.example.net/","{ \\"key\\": \\"Authorization\\", \\"value\\": \\"Bearer {{access_token}}\\" }","Authorization: Bearer <token>"]}},{"id":"secret/generic-password-in-url","title":"Password in a URL","provider":"Generic","description":"A URL with credentials (scheme://user:password@host) for a scheme without a dedicated rule.","severity":"medium","blocking":false,"flags":"i","keywords":["://"],"regex":"(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{6,256})@[A-Za-z0-9._-]{1,256}","entropy":3,"validator":"connection-uri","allowlist":{"stopwords":["password","changeme","example","placeholder","your_","your-","xxxx","redacted","dummy"]},"remediation":"Change the password on the service the URL points to, then remove it from the code and the git history and pass credentials from the environment or a secrets manager.","tags":["generic","connection-string"],"examples":{"positive":["ARTIFACTORY_URL=https://ci-bot:{{alnum:20}}@artifacts.acme.io/npm/","smtp_url = \\"smtp://mailer:{{alnum:18}}@smtp.acme.io:587\\""],"negative":["url = \\"https://user:${PASSWORD}@host\\"","url = \\"ftp://anonymous:{{lit:anonymous}}@ftp.gnu.org/\\"","url = \\"https://user:password@example.com\\""]}},{"id":"secret/generic-netrc-password","title":"Password in a .netrc entry","provider":"Generic","description":"A password in a .netrc / _netrc entry (machine HOST login USER password PASSWORD), used by curl, git, pip, ftp and the Heroku CLI. Warns only; a provider rule on the same value (a GitHub token, say) takes precedence.","severity":"medium","blocking":false,"keywords":["machine"],"regex":"(?<![A-Za-z0-9_-])machine[ \\\\t]+[^\\\\s]{1,253}(?:\\\\s+(?:login|account|port)[ \\\\t]+[^\\\\s]{1,256}){0,3}\\\\s+password[ \\\\t]+(?<secret>[^\\\\s]{3,256})","entropy":3,"validator":"connection-uri","allowlist":{"stopwords":["password","changeme","example","placeholder","your_","your-","xxxx","redacted","dummy"]},"remediation":"Change the password (or revoke the token) on the host named by `machine`, then remove the file from the code and the git history; .netrc belongs in the home directory with mode 600, never in a repository.","tags":["generic","netrc"],"examples":{"positive":["machine api.heroku.com\\n  login ada@acme.io\\n  {{mark}}password {{uuid}}","machine ftp.internal.acme.io login deploy password {{alnum:22}}"],"negative":["machine api.example.com\\n  login <your-login>\\n  password <your-password>","machine github.com login ada password ${GITHUB_TOKEN}","The build machine stores its password in the keychain."]}},{"id":"secret/generic-secret","title":"Generic secret assignment","provider":"Generic","description":"A high-entropy value assigned to a name like password, secret, token, api_key, passphrase or signing_key (also redis.conf `requirepass`, Ansible `ansible_ssh_pass`, and a password passed as a literal argument to `HTTPBasicAuth`, requests `auth=(\u2026)` or JDBC `getConnection`). Warns only; a provider-specific rule on the same secret takes precedence.","severity":"medium","blocking":false,"flags":"i","keywords":["password","passwd","pwd","secret","token","apikey","api_key","api-key","accesskey","access_key","access-key","authkey","auth_key","auth-key","credential","privatekey","private_key","private-key","passphrase","signingkey","signing_key","signing-key","encryptionkey","encryption_key","encryption-key","ssh_pass","become_pass","requirepass","masterauth","httpbasicauth(","httpdigestauth(","auth=(","getconnection("],"regex":"(?:(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|signing[_-]?key|encryption[_-]?key|credential|private[_-]?key|ssh_pass|become_pass)(?<![0-9}]:secret)(?:[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\]]{0,2}[ \\\\t]{0,16}(?:=|:=|:|=>)|s?(?:>(?=[^<>\\\\n]{12,220}</)|[\\\\x22\\\\x27]?,?\\\\s{1,40}[\\\\x22\\\\x27]?(?:parameter)?value[\\\\x22\\\\x27]?[ \\\\t]{0,3}[:=]|</key>\\\\s{0,20}<string>|[\\\\x22\\\\x27](?<=[\\\\x22\\\\x27][\\\\w.-]{0,60}[\\\\x22\\\\x27])[ \\\\t]*,[ \\\\t]*(?=[\\\\x22\\\\x27])))|(?:requirepass|masterauth)[ \\\\t]+|(?:HTTPBasicAuth[(]|HTTPDigestAuth[(]|auth[=][(])[ \\\\t]*[\\\\x22\\\\x27][^\\\\x22\\\\x27\\\\n]{1,64}[\\\\x22\\\\x27][ \\\\t]*,[ \\\\t]*(?=[\\\\x22\\\\x27])|getConnection[(][^,()\\\\n]{1,300},[ \\\\t]*[\\\\x22\\\\x27][^\\\\x22\\\\x27\\\\n]{1,64}[\\\\x22\\\\x27][ \\\\t]*,[ \\\\t]*(?=[\\\\x22\\\\x27]))[ \\\\t]{0,5}[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/_.!@#%^&*~-]{12,200}={0,2})(?![A-Za-z0-9+/=_.!@#%^*~(-])","entropy":3.5,"allowlist":{"regexes":["^[a-z_.-]+$","^[A-Z_.-]+$","^[A-Za-z][a-z]*(?:[A-Z_.-]?[A-Z]?[a-z]+)+$","^[A-Z][A-Za-z0-9]*\\\\.[A-Z][a-z]+(?:[A-Z][a-z]*)*$","^[0-9.:_-]+$","^(?:sha(?:1|256|384|512)|md5)-","^(?:pbkdf2|bcrypt|argon2|scrypt|sha[0-9]*|md5|crypt)[a-z0-9_-]*$","^[\\\\w.-]*(?:/[a-z0-9_.-]+)+\\\\.[a-z0-9]{1,6}$","^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","\\\\.\\\\.\\\\.$","^eyJ[\\\\w-]*\\\\.eyJ[\\\\w-]*\\\\.$","^[A-Za-z_$][\\\\w$]*(?:\\\\.[A-Za-z_$][\\\\w$]*){2,}$","^(?:[a-z_$][\\\\w$]*\\\\.[A-Za-z_$][\\\\w$]*|[A-Za-z_$][\\\\w$]*\\\\.(?:[a-z_$][\\\\w$]*|[A-Z][A-Z0-9_]+))$","^/\\\\*","^[A-Za-z_$][\\\\w$]*[a-z](?:Key|Token|Secret|Password|Credential)s?(?:[A-Z][\\\\w$]*|_[\\\\w$]*)?$","^(?:~|\\\\.{1,2})?(?:/[a-z0-9_.-]+){2,}/?$","^[a-z0-9_.-]+(?:/[a-z0-9_.-]+){2,}/?$","^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$","^[A-Z0-9]{16,128}(?:%2F|/)[0-9]{8}(?:%2F|/)[\\\\w-]+(?:%2F|/)[\\\\w-]+(?:%2F|/)aws4_request$"],"stopwords":["example","placeholder","changeme","change_me","your_","your-","redacted","dummy","sample","xxxx","****","process.env","os.environ","getenv","secrets.","env.","config.","settings.","params.","props.","self.","this.","localhost","lorem","abcdef","abc123","123456","qwerty","null","undefined"]},"remediation":"If the value is a real credential, rotate it where it was issued, then remove it from the code and the git history and load it from the environment or a secrets manager; if it is not a secret, add an inline `mandate:allow` comment.","tags":["generic"],"examples":{"positive":["DB_PASSWORD={{alnum:24}}","config.api_key = \\"{{alnum:32}}\\"","  client_secret: {{base64url:40}}","db_password            = \\"{{alnum:28}}\\"","      <password>{{alnum:20}}</password>","{ \\"key\\": \\"api_key\\", {{mark}}\\"value\\": \\"{{alnum:40}}\\", \\"type\\": \\"string\\" }","{\\n\\t\\"key\\": \\"access_token\\",\\n\\t{{mark}}\\"value\\": \\"{{base64url:40}}\\"\\n}","env:\\n  - name: DB_PASSWORD\\n    {{mark}}value: \\"{{alnum:24}}\\"","<add key=\\"DbPassword\\" value=\\"{{alnum:20}}\\" />","<key>BACKEND_API_TOKEN</key>\\n{{mark}}<string>{{alnum:32}}</string>","const url = \\"https://api.weather.example/v1?api_key={{alnum:32}}&units=metric\\";","{\\"ParameterKey\\": \\"DBPassword\\", \\"ParameterValue\\": \\"{{alnum:18}}\\"}","define( \'DB_PASSWORD\', \'{{alnum:20}}\' );","\\tos.Setenv(\\"DB_PASSWORD\\", \\"{{alnum:20}}\\")","props.put(\\"mail.smtp.password\\", \\"{{alnum:18}}\\");","\\"Jwt\\": {\\n  {{mark}}\\"SigningKey\\": \\"{{base64:44}}\\"\\n}","ENCRYPTION_KEY={{base64:32}}","web01 ansible_host=10.0.1.11 ansible_user=deploy ansible_ssh_pass={{alnum:16}}","ansible_become_pass: {{alnum:18}}","requirepass {{alnum:24}}","resp = requests.get(url, auth=HTTPBasicAuth(\\"svc-export\\", \\"{{alnum:20}}\\"))","r = requests.get(url, auth=(\\"svc-jira\\", \\"{{alnum:20}}\\"))","Connection c = DriverManager.getConnection(\\"jdbc:postgresql://pg.prod.internal:5432/app\\", \\"app\\", \\"{{alnum:18}}\\");"],"negative":["define( \'DB_PASSWORD\', getenv(\'WORDPRESS_DB_PASSWORD\') );","t(\'reset_password\', \'Reset your password\');","messages.set(\'token_expired\', \'TokenExpiredError\');","os.Setenv(\\"API_TOKEN\\", os.Getenv(\\"CI_API_TOKEN\\"))","requirepass ${REDIS_PASSWORD}","r = requests.get(url, auth=(user, password))","Connection c = DriverManager.getConnection(url, \\"app\\", System.getenv(\\"DB_PASSWORD\\"));","secret_arn = \\"arn:aws:secretsmanager:eu-west-1:{{digits:12}}:secret:prod/db-{{alnum:6}}\\"","github_token_secret_name = \\"prod/github/token\\"","  OpenAI: [\'secret/openai-api-key\', \'secret/openai-admin-key\'],","password = os.environ[\\"DB_PASSWORD\\"]","      <password>${env.NEXUS_PASSWORD}</password>","{ \\"key\\": \\"token\\", \\"value\\": \\"{{access_token}}\\" }","- name: API_TOKEN\\n  valueFrom:\\n    secretKeyRef: { name: api, key: token }","<add key=\\"TokenLifetime\\" value=\\"00:30:00\\" />","<label for=\\"password\\">Enter your password</label>","const tokens: Map<string, Token> = new Map();","  <tokenEndpoint>https://login.acme.example/oauth2/v2.0/token</tokenEndpoint>","  <credentialsId>jenkins-github-ssh-2024</credentialsId>","- name: SECRET_NAME\\n  value: prod-api-secrets-v2","{\\"name\\": \\"SECRET_MANAGER_PROJECT\\", \\"value\\": \\"acme-prod-1234\\"}","regex: \'(?<secret>{{lit:pypi-AgEIcHlwaS5vcmc}}[A-Za-z0-9_-]{50,1000})\'","const url = \\"https://api.weather.example/v1?api_key={{WEATHER_API_KEY}}&units=metric\\";","API_KEY=${API_KEY}","token: \\"{{ secrets.DEPLOY_TOKEN }}\\"","SECRET_KEY=changeme-changeme-changeme","password_reset_timeout = 86400","const tokenizer = new Tokenizer({ model: \\"cl100k_base\\" });","API_TOKEN=\\nFEATURE_SERVER=enabled-for-beta-users","cache_token: \\"{{uuid}}\\"","fingerprint secret/openai-api-key:src/llm/client.py:{{hex:64}}","TWINE_PASSWORD=pypi-{{alnum:16}}...","  DATABASE_PASSWORD_FILE: /var/run/secrets/db/password","const token = crypto.randomUUID();","exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS.filter((c) => c !== 44);","this.tokenizer.state = TokenizerMode.PLAINTEXT;","        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)","        credentials = standard_b64encode(credentials).decode(\'ascii\')","var jsTokens = /*@__PURE__*/getDefaultExportFromCjs(jsTokensExports);","export GITHUB_TOKEN={{github-badcrc:ghp_}}","    \\"refresh_token\\":\\"{{lit:tGzv3JOkF0XG}}{{lit:5Qx2TlKWIA}}\\","," * const apiToken = \\"abc123xyz456\\";","    backend: \\"Backend\\", private_key: \\"_DSAPrivateKey\\", data: bytes","DSAPrivateKeyWithSerialization = DSAPrivateKey","  withCredentials: kEnumerableProperty,","        setPrivateKey(privateKey: NodeJS.ArrayBufferView): void;","Authorization: AWS4-HMAC-SHA256 Credential={{lit:AKIA}}{{base32:16}}/20241102/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature={{hex:64}}"]}}]},{"name":"reviews-recommended","description":"Changes to the policy and the pipeline that enforces it (mandate\'s config, workflows, CODEOWNERS, hook configuration), IAM wildcards and admin policies in Terraform, CloudFormation and JSON, and new third-party AI SDK dependencies need the security team.","rules":[],"reviews":[{"name":"mandate-config","description":"mandate\'s own policy (config, ignore file, baseline) decides what blocks; changing it needs the security team.","when":{"paths":[".mandate.yml",".mandate.yaml",".mandateignore",".mandate-baseline.json"]},"require":{"teams":["$security_team"]}},{"name":"workflows","description":"CI workflows run with the repository\'s tokens and enforce the checks; changing them needs the security team.","when":{"paths":[".github/workflows/**",".github/actions/**"]},"require":{"teams":["$security_team"]}},{"name":"codeowners","description":"CODEOWNERS decides who must review what; changing it needs the security team.","when":{"paths":["CODEOWNERS"]},"require":{"teams":["$security_team"]}},{"name":"hook-config","description":"The pre-commit hook configuration decides what runs on every developer\'s machine; changing it needs the security team.","when":{"paths":[".husky/**","lefthook.yml","lefthook.yaml",".lefthook.yml",".lefthook.yaml","lefthook-local.yml",".pre-commit-config.yaml",".githooks/**"]},"require":{"teams":["$security_team"]}},{"name":"iam-wildcard","description":"An IAM policy that allows every action (`\\"Action\\": \\"*\\"`, `s3:*`) or grants AdministratorAccess needs the security team.","when":{"content":[{"pattern":"\\"(?:Not)?Action\\"\\\\s*:\\\\s*\\\\[?\\\\s*\\"(?:[A-Za-z0-9-]+:)?\\\\*\\"","paths":["**/*.json","**/*.template","**/*.tf","**/*.tf.json","**/*.hcl","**/*.tpl"],"description":"an IAM statement that allows every action"},{"pattern":"\\\\b(?:actions|not_actions|Action|NotAction)\\\\s*=\\\\s*\\\\[?\\\\s*\\"(?:[A-Za-z0-9-]+:)?\\\\*\\"","paths":["**/*.tf","**/*.hcl","**/*.tf.json"],"description":"an IAM statement that allows every action"},{"pattern":"^\\\\s*(?:-\\\\s*)?(?:Not)?Action\\\\s*:\\\\s*\\\\[?\\\\s*[\\\\x22\\\\x27]?(?:[A-Za-z0-9-]+:)?\\\\*[\\\\x22\\\\x27]?\\\\s*\\\\]?\\\\s*$","paths":["**/*.yml","**/*.yaml","**/*.template"],"description":"an IAM statement that allows every action"},{"pattern":"\\\\bAdministratorAccess\\\\b","paths":["**/*.json","**/*.tf","**/*.tf.json","**/*.hcl","**/*.yml","**/*.yaml","**/*.template"],"description":"the AdministratorAccess policy"}]},"require":{"teams":["$security_team"]}},{"name":"ai-sdk-dependency","description":"A new dependency on a third-party AI API SDK sends data to a new processor; it needs the security team.","when":{"content":[{"pattern":"^\\\\s*\\"(?:openai|@anthropic-ai/sdk|@anthropic-ai/[a-z-]+|@google/generative-ai|@google/genai|@google-cloud/vertexai|cohere-ai|@mistralai/mistralai|groq-sdk|replicate|@huggingface/inference|ai|@ai-sdk/[a-z0-9-]+|langchain|@langchain/[a-z0-9-]+|llamaindex|together-ai|@pinecone-database/pinecone|@xai-org/[a-z-]+|ollama)\\"\\\\s*:","paths":["**/package.json"],"description":"a dependency on a third-party AI SDK"},{"pattern":"^\\\\s*(?:openai|anthropic|google-generativeai|google-genai|google-cloud-aiplatform|vertexai|cohere|mistralai|groq|replicate|huggingface[-_]hub|langchain(?:[-_][a-z0-9-]+)?|llama[-_]index|together|litellm|pinecone(?:-client)?|voyageai|xai-sdk|ollama)\\\\s*(?:\\\\[[^\\\\]]*\\\\])?\\\\s*(?:[=<>!~;@ ]|$)","flags":"i","paths":["**/requirements*.txt","**/requirements/*.txt","**/requirements*.in"],"description":"a dependency on a third-party AI SDK"},{"pattern":"^\\\\s*[\\\\x22\\\\x27]?(?:openai|anthropic|google-generativeai|google-genai|google-cloud-aiplatform|cohere|mistralai|groq|replicate|huggingface[-_]hub|langchain(?:[-_][a-z0-9-]+)?|llama[-_]index|together|litellm|pinecone(?:-client)?|voyageai|xai-sdk|ollama)(?:\\\\[[^\\\\]]*\\\\])?\\\\s*(?:[=<>!~;,\\\\x22\\\\x27]|$)","flags":"i","paths":["**/pyproject.toml"],"description":"a dependency on a third-party AI SDK"},{"pattern":"(?:github\\\\.com/(?:sashabaranov/go-openai|openai/openai-go|anthropics/anthropic-sdk-go|liushuangls/go-anthropic|google/generative-ai-go|tmc/langchaingo|cohere-ai/cohere-go|ollama/ollama)|google\\\\.golang\\\\.org/genai)\\\\b","paths":["**/go.mod"],"description":"a dependency on a third-party AI SDK"}]},"require":{"teams":["$security_team"]}}]}]');
}

// src/sources/history.ts
var COMMIT_MARKER = "mandate-commit", FORMAT = "%x01mandate-commit%x02%H%x00%an%x00%ae%x00%aI%x00%s";
function historySource(options) {
  let range = options.range?.trim() || void 0;
  return {
    scope: "history",
    description: range === void 0 ? "history of HEAD" : `history ${range}`,
    files: historyFiles(options, range)
  };
}
function logArgs(range) {
  let args = [
    "-c",
    "log.showSignature=false",
    "-c",
    "log.showRoot=true",
    "log",
    "-p",
    "--cc",
    ...DIFF_FORMAT_ARGS,
    "--encoding=UTF-8",
    `--format=${FORMAT}`
  ];
  if (range === void 0) args.push("HEAD");
  else {
    let revs = range.split(/\s+/), option = revs.find((rev) => rev.startsWith("-") && rev !== "--all");
    if (option !== void 0)
      throw new MandateError(`the history range '${range}' contains an option (${option}).`, {
        hint: "Pass revisions such as main..feature, v1.0.., or --all."
      });
    args.push(...revs);
  }
  return args.push("--"), args;
}
async function* historyFiles(options, range) {
  let { repoRoot, maxFileSize, onProgress } = options, args = logArgs(range);
  if (range === void 0 && (await gitOutput(["rev-parse", "--git-dir"], repoRoot), await resolveCommit("HEAD", repoRoot) === null)) {
    onProgress?.({ commits: 0, bytes: 0 });
    return;
  }
  let parser = new UnifiedDiffParser({ maxFileSize, commitMarker: COMMIT_MARKER }), bytes = 0, onChunk = (n) => {
    bytes += n, onProgress?.({ commits: parser.commits, bytes });
  };
  yield* parseDiffStream(streamGit(args, repoRoot), parser, onChunk), onProgress?.({ commits: parser.commits, bytes });
}

// src/sources/staged.ts
function stagedSource(options) {
  return { scope: "staged", description: "staged changes", files: stagedFiles(options) };
}
async function* stagedFiles(options) {
  let { repoRoot, maxFileSize } = options, args = ["diff", "--cached", ...DIFF_FORMAT_ARGS, "--diff-filter=ACDMRT", "--"], inRepository = gitOutput(["rev-parse", "--git-dir"], repoRoot), files = parseDiffStream(
    // default hints (e.g. "not a git repository: run mandate scan without --staged…")
    streamGit(args, repoRoot, void 0),
    new UnifiedDiffParser({ maxFileSize })
  );
  try {
    let first = files.next();
    first.catch(() => {
    }), await inRepository;
    for (let item = await first; item.done !== !0; item = await files.next())
      yield item.value;
  } finally {
    await files.return(void 0).catch(() => {
    });
  }
}

// src/cli/version.ts
var VERSION = "0.1.0";

// src/cli/worker-pool.ts
import { lstatSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
var MIN_FILES = 200, MIN_BYTES = 4 * 1048576, MIN_FILES_FOR_BYTES = 8, MIN_CORES = 3, MAX_WORKERS = 4, IN_FLIGHT = 2;
function workerCount(root, items, maxFileSize, env = process.env, jobs) {
  if (jobs !== void 0) return jobs <= 1 ? 0 : Math.min(jobs, items.length);
  let forced = env.MANDATE_WORKERS;
  if (forced !== void 0 && forced !== "" && forced !== "auto") {
    if (!/^\d+$/.test(forced) || Number(forced) > 64)
      throw new MandateError(
        `MANDATE_WORKERS must be a whole number from 0 to 64, not "${forced}".`,
        {
          hint: "Unset it to let mandate choose; 0 scans in-process."
        }
      );
    return Number(forced);
  }
  let cores = availableParallelism();
  if (cores < MIN_CORES || items.length < MIN_FILES_FOR_BYTES) return 0;
  let workers = Math.min(cores, MAX_WORKERS);
  if (items.length >= MIN_FILES) return workers;
  let bytes = 0;
  for (let item of items) {
    try {
      let size = lstatSync(join(root, item.path)).size;
      size <= maxFileSize && (bytes += size);
    } catch {
    }
    if (bytes >= MIN_BYTES) return workers;
  }
  return 0;
}
function workerFailed(detail) {
  return new MandateError(`a scan worker failed (${detail}); the scan did not complete.`, {
    hint: "Nothing was approved. Re-run with MANDATE_WORKERS=0 to scan in one thread, and report the error."
  });
}
async function scanWithWorkers(items, init, count, tally, workerFile, progress) {
  if (items.length === 0) return;
  let size = Math.max(1, Math.min(32, Math.ceil(items.length / (count * 8)))), batches = [];
  for (let at = 0; at < items.length; at += size) batches.push(items.slice(at, at + size));
  let workers = [];
  try {
    await new Promise((resolve2, reject) => {
      let done = new Array(batches.length), nextToSend = 0, nextToTally = 0, failed = !1, fail = (error) => {
        failed || (failed = !0, reject(error));
      }, send = (worker) => {
        if (nextToSend >= batches.length) return;
        let request = { id: nextToSend, items: batches[nextToSend] };
        nextToSend++, worker.postMessage(request);
      }, n = Math.min(count, batches.length);
      for (let w = 0; w < n; w++) {
        let worker = new Worker(workerFile, { workerData: init });
        workers.push(worker), worker.on("message", (reply) => {
          if (!failed) {
            if (reply.error !== void 0) {
              fail(workerFailed(reply.error));
              return;
            }
            for (done[reply.id] = reply.outcomes, send(worker); nextToTally < batches.length && done[nextToTally] !== void 0; ) {
              for (let outcome of done[nextToTally])
                outcome !== null && tallyOutcome(tally, outcome);
              done[nextToTally] = void 0, nextToTally++, progress?.(Math.min(nextToTally * size, items.length), tally.bytes);
            }
            nextToTally === batches.length && resolve2();
          }
        }), worker.on("error", (error) => fail(workerFailed(error.message))), worker.on("messageerror", (error) => fail(workerFailed(error.message))), worker.on("exit", (code) => {
          nextToTally < batches.length && fail(workerFailed(`it exited with code ${code}`));
        });
        for (let i = 0; i < IN_FLIGHT; i++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

// src/cli/commands.ts
var CONFIG_NAMES = [".mandate.yml", ".mandate.yaml"], DEFAULT_BASELINE = ".mandate-baseline.json", DEFAULT_IGNORE = ".mandateignore";
function usage(message) {
  return new MandateError(message, {
    hint: "Run `mandate scan --help` for the scopes and options."
  });
}
function pickScope(paths, flags) {
  let chosen = [flags.staged && "--staged", flags.diff && "--diff", flags.history && "--history"].filter(Boolean).map(String);
  if (chosen.length > 1) throw usage(`choose one scope, not ${chosen.join(" and ")}.`);
  if (chosen.length === 1 && paths.length > 0)
    throw usage(`${chosen[0]} scans git changes; it takes no paths (got ${paths.join(", ")}).`);
  return flags.staged ? "staged" : flags.diff ? "diff" : flags.history ? "history" : "paths";
}
function readOptional(file, explicit) {
  let shown = displayPath(process.cwd(), file);
  if (!existsSync(file)) {
    if (explicit)
      throw new MandateError(`${shown} not found.`, { hint: "Check the path you passed." });
    return null;
  }
  try {
    return readFileSync(file, "utf8");
  } catch (cause) {
    throw new MandateError(`cannot read ${shown}: ${cause.message}.`, {
      cause,
      hint: "It must be a readable file: fix or remove it."
    });
  }
}
function isTty() {
  return !!process.stderr.isTTY && !process.env.CI;
}
var PROGRESS_INTERVAL_MS = 100;
function progressReporter(quiet) {
  if (quiet || !isTty()) return { update: void 0, done: () => {
  } };
  let shown = !1, last = Number.NEGATIVE_INFINITY;
  return {
    update: (p) => {
      let now = monotonicMs(), finished = "files" in p && p.files === p.of;
      if (now - last < PROGRESS_INTERVAL_MS && !finished) return;
      last = now, shown = !0;
      let mb = (p.bytes / 1048576).toFixed(1), what = "commits" in p ? `${formatCount(p.commits)} commits` : `${formatCount(p.files)} of ${formatCount(p.of)} files`;
      process.stderr.write(`\rmandate: ${what}, ${mb} MB read\u2026`);
    },
    done: () => {
      shown && process.stderr.write("\r\x1B[K");
    }
  };
}
async function prepare(paths, flags, progress) {
  let cwd = process.cwd(), scope = pickScope(paths, flags), repoRoot = await findRepoRoot(cwd);
  if (scope !== "paths" && repoRoot === null)
    throw new MandateError(
      `${cwd} is not inside a git repository, so there is nothing staged or committed to scan.`,
      {
        hint: "Run `mandate scan PATH` to scan files, or run this inside a repository."
      }
    );
  let root = cwd, scanPaths = paths.length > 0 ? paths : ["."];
  if (scope === "paths" && paths.length === 1) {
    let only = resolve(cwd, paths[0]);
    if (!existsSync(only)) throw usage(`${paths[0]} does not exist.`);
    statSync(only).isDirectory() && (root = only, scanPaths = ["."]);
  }
  for (let p of scanPaths)
    if (!existsSync(resolve(root, p))) throw usage(`${p} does not exist.`);
  let base = scope === "paths" ? root : repoRoot, policyDir = CONFIG_NAMES.some((name) => existsSync(join2(base, name))) ? base : repoRoot ?? base, mode = flags.mode ?? (process.env.CI ? "ci" : scope === "staged" ? "hook" : "local"), atBase = scope === "diff" && mode === "ci" ? await (await import("./chunks/base-policy-F6C2YKL2.js")).readPolicyAtBase(repoRoot, flags.diff) : null, configFile = flags.config === void 0 ? void 0 : resolve(cwd, flags.config), fromDisk = () => loadConfig({ cwd: policyDir, ...configFile === void 0 ? {} : { file: configFile } }), config = atBase === null ? await fromDisk() : await atBase.config(configFile, fromDisk), readPolicyFile = async (file, explicit) => atBase === null ? readOptional(file, explicit) : atBase.read(file, explicit, () => readOptional(file, explicit)), specs = resolveSecretRules(config, builtinPacks()), rules = compileRules(specs, { allowlist: config.allowlist, overrides: config.overrides }), ignorePath = flags.ignoreFile ? resolve(cwd, flags.ignoreFile) : join2(policyDir, DEFAULT_IGNORE), ignoreText = await readPolicyFile(ignorePath, flags.ignoreFile !== void 0), ignore = ignoreText === null ? [] : parseIgnoreFile(ignoreText, displayPath(cwd, ignorePath)), baselinePath = flags.baseline ? resolve(cwd, flags.baseline) : join2(policyDir, DEFAULT_BASELINE), baselineText = await readPolicyFile(baselinePath, flags.baseline !== void 0);
  atBase !== null && !flags.quiet && process.stderr.write(`mandate: ${atBase.notice()}
`);
  let baseline = baselineText === null ? /* @__PURE__ */ new Set() : parseBaseline(baselineText, displayPath(cwd, baselinePath)), maxFileSize = config.maxFileSize, changeSet, pathsOptions;
  switch (scope) {
    case "staged":
      changeSet = stagedSource({ repoRoot, maxFileSize });
      break;
    case "diff":
      changeSet = diffSource({ repoRoot, range: flags.diff, maxFileSize });
      break;
    case "history":
      changeSet = historySource({
        repoRoot,
        ...typeof flags.history == "string" ? { range: flags.history } : {},
        maxFileSize,
        ...progress ? { onProgress: progress } : {}
      });
      break;
    default:
      pathsOptions = {
        ...await repositoryRelative(root, scanPaths, cwd, repoRoot),
        maxFileSize,
        respectGitignore: flags.gitignore
      }, changeSet = pathsSource(pathsOptions);
  }
  return {
    config,
    specs,
    rules,
    ignore,
    baseline,
    ignorePath,
    baselinePath,
    changeSet,
    context: { mode, now: /* @__PURE__ */ new Date() },
    policyDir,
    ...pathsOptions ? { paths: pathsOptions } : {},
    ...flags.jobs === void 0 ? {} : { jobs: flags.jobs }
  };
}
async function repositoryRelative(root, scanPaths, cwd, cwdRepo) {
  let repoRoot = root === cwd ? cwdRepo : await findRepoRoot(root);
  if (repoRoot === null) return { root, paths: scanPaths, inWorkTree: !1 };
  let real = (path) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  }, top = real(repoRoot), inside = [];
  for (let p of scanPaths) {
    let rel = relative(top, real(resolve(root, p)));
    if (rel.startsWith("..") || isAbsolute(rel)) return { root, paths: scanPaths };
    inside.push(rel === "" ? "." : rel);
  }
  return { root: top, paths: inside, inWorkTree: !0 };
}
function monotonicMs() {
  let [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}
var WORKER_FILE = new URL("./scan-worker.js", import.meta.url);
async function scanPrepared(prepared, options, progress) {
  let paths = prepared.paths;
  if (paths === void 0)
    return scanChangeSet(prepared.changeSet, options, prepared.context);
  let started = monotonicMs(), { root, items } = await listPaths(paths);
  items.length === 0 && await nothingListed(paths, prepared.context.mode);
  let tally = newTally(), report = progress === void 0 ? void 0 : (files, bytes) => progress({ files, of: items.length, bytes }), workers = workerCount(root, items, paths.maxFileSize, process.env, prepared.jobs);
  if (workers > 0) {
    let { config } = prepared;
    await scanWithWorkers(
      items,
      {
        specs: prepared.specs,
        allowlist: config.allowlist,
        overrides: config.overrides,
        root,
        maxFileSize: paths.maxFileSize
      },
      workers,
      tally,
      WORKER_FILE,
      report
    );
  } else
    items.forEach((item, k) => {
      let file = loadFile(root, item, paths.maxFileSize);
      file !== null && tallyFile(tally, file, options.rules), report?.(k + 1, tally.bytes);
    });
  return finishScan(tally, prepared.changeSet, options, prepared.context, started);
}
async function nothingListed(paths, mode) {
  let found = await explainNothingListed(paths);
  if (found === null) return;
  let where = (paths.paths.length === 0 ? ["."] : paths.paths).map((p) => relative(process.cwd(), resolve(paths.root, p)).split(sep).join("/") || ".").join(", "), count = `${found.capped ? "more than " : ""}${formatCount(found.files)} file${found.files === 1 ? "" : "s"}`, by = found.rule === void 0 ? "ignore rules" : `${relative(process.cwd(), found.rule.source).split(sep).join("/")}:${found.rule.line} (\`${found.rule.pattern}\`)`, message = `no file was scanned: the ${count} in ${where} ${found.files === 1 ? "is" : "are"} ignored by ${by}.`, hint = paths.respectGitignore ? "Run mandate scan with --no-gitignore to scan them, or scan from the repository that should hold them." : "Check the exclude patterns.";
  if (mode === "ci") throw new MandateError(`${message} Nothing was approved.`, { hint });
  process.stderr.write(`mandate: ${message}
  ${hint}
`);
}
function displayPath(cwd, file) {
  let rel = relative(cwd, file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}
async function render(result, format, options) {
  switch (format) {
    case "json":
      return formatJson(result);
    case "sarif":
      return (await import("./chunks/sarif-TMGOZOD6.js")).formatSarif(result, { toolVersion: VERSION });
    case "markdown":
      return (await import("./chunks/markdown-VC2AP7CD.js")).formatMarkdown(result);
    default:
      return formatText(result, {
        color: options.color,
        ...options.quiet ? { quiet: !0 } : {}
      });
  }
}
async function writeOutput(file, text) {
  try {
    await mkdir(dirname(file), { recursive: !0 }), await writeFile(file, text);
  } catch (cause) {
    throw new MandateError(`could not write ${file}.`, {
      cause,
      hint: "Check that the folder is writable."
    });
  }
}
async function runScan(paths, flags, command) {
  let progress = progressReporter(flags.quiet || flags.format !== "text"), prepared = await prepare(paths, flags, progress.update), reviews = flags.staged || flags.diff ? (await import("./chunks/review-preview-VWRICLDV.js")).watchForReviews(
    prepared.changeSet,
    prepared.config,
    builtinPacks()
  ) : null;
  reviews !== null && (prepared.changeSet = reviews.changeSet);
  let result;
  try {
    result = await scanPrepared(
      prepared,
      {
        rules: prepared.rules,
        failOn: prepared.config.failOn,
        ignore: prepared.ignore,
        baseline: prepared.baseline,
        ...saltOf(prepared),
        now: monotonicMs,
        // In CI a directory scan that could not read a file fails closed.
        blockUnreadable: prepared.paths !== void 0 && prepared.context.mode === "ci"
      },
      progress.update
    );
  } finally {
    progress.done();
  }
  command === "check" && (result = await withPolicies(result, prepared));
  let color = wantsColor(flags.color), report = await render(result, flags.format, {
    color,
    ...flags.quiet ? { quiet: !0 } : {}
  });
  if (flags.output)
    await writeOutput(resolve(flags.output), report), flags.format !== "text" && process.stdout.write(formatText(result, { color, quiet: !0 }));
  else {
    if (process.stdout.write(report), flags.format !== "text" && (result.unreadable ?? []).length > 0) {
      let reasons = result.reasons.filter((sentence) => sentence.startsWith(INCOMPLETE));
      process.stderr.write(reasons.map((sentence) => `mandate: ${sentence}
`).join(""));
    }
    let migrate = flags.format === "text" ? null : migrationNotice(result.migrations);
    migrate !== null && process.stderr.write(`mandate: ${migrate}
`);
  }
  let preview = flags.quiet ? [] : await reviews?.preview() ?? [];
  return preview.length > 0 && (flags.format === "text" && !flags.output ? process.stdout : process.stderr).write(`${preview.join(`
`)}
`), result.decision === "block" ? 1 : 0;
}
async function withPolicies(result, prepared) {
  let { evaluateRepositoryPolicies, mergePolicyFindings } = await import("./chunks/policies-JYH3ES5N.js"), report = await evaluateRepositoryPolicies({
    root: prepared.policyDir,
    config: prepared.config,
    context: prepared.context
  });
  return mergePolicyFindings(result, report, prepared);
}
function saltOf(prepared) {
  let { config, paths } = prepared, dirs = paths === void 0 ? [] : paths.paths.flatMap((p) => {
    let abs = resolve(paths.root, p), rel = relative(paths.root, abs).split(sep).join("/");
    return existsSync(abs) && statSync(abs).isDirectory() ? [rel] : [];
  });
  return {
    ...config.fingerprintSalt === void 0 ? {} : { fingerprintSalt: config.fingerprintSalt },
    ...dirs.length === 0 ? {} : { coveredDirs: dirs }
  };
}
async function runBaseline(paths, flags) {
  if (flags.migrate) return runMigrate(paths, flags);
  let prepared = await prepare(paths, { ...flags, baseline: void 0 }), result = await scanPrepared(prepared, {
    rules: prepared.rules,
    failOn: prepared.config.failOn,
    ignore: prepared.ignore,
    baseline: /* @__PURE__ */ new Set(),
    ...saltOf(prepared),
    now: monotonicMs
  }), target = flags.output ? resolve(flags.output) : flags.baseline ? resolve(flags.baseline) : join2(prepared.policyDir, DEFAULT_BASELINE);
  await writeOutput(target, formatBaseline(result.findings));
  let count = new Set(result.findings.map((f) => f.fingerprint)).size;
  return process.stdout.write(
    `Wrote ${count} fingerprint${count === 1 ? "" : "s"} to ${displayPath(process.cwd(), target)}. Later scans subtract them; commit the file. It holds hashes only, no secrets.
`
  ), 0;
}
async function runMigrate(paths, flags) {
  let prepared = await prepare(paths, flags), migrations = (await scanPrepared(prepared, {
    rules: prepared.rules,
    failOn: prepared.config.failOn,
    ignore: prepared.ignore,
    baseline: prepared.baseline,
    ...saltOf(prepared),
    now: monotonicMs
  })).migrations ?? [], cwd = process.cwd(), said = [], ignoreMoves = migrations.filter((m) => m.source === "ignore"), leftInIgnore = prepared.ignore.filter(
    (entry) => isOldSecretEntry(entry.fingerprint) && !ignoreMoves.some((m) => m.line === entry.line)
  );
  if (ignoreMoves.length > 0) {
    let text = readFileSync(prepared.ignorePath, "utf8"), eol = text.includes(`\r
`) ? `\r
` : `
`, lines = text.split(/\r?\n/), byLine = /* @__PURE__ */ new Map();
    for (let m of ignoreMoves) byLine.set(m.line, [...byLine.get(m.line) ?? [], m.to]);
    for (let [line, targets] of [...byLine].sort(([a], [b]) => b - a)) {
      let old = lines[line - 1], from = ignoreMoves.find((m) => m.line === line).from, rewritten = [...new Set(targets)].sort().map((to) => old.replace(from, () => to));
      lines.splice(line - 1, 1, ...rewritten);
    }
    await writeOutput(prepared.ignorePath, lines.join(eol)), said.push(
      `Rewrote ${ignoreMoves.length} .mandateignore entr${ignoreMoves.length === 1 ? "y" : "ies"} in ${displayPath(cwd, prepared.ignorePath)}.`
    );
  }
  let baselineMoves = migrations.filter((m) => m.source === "baseline"), moved = new Set(baselineMoves.map((m) => m.from)), leftInBaseline = [...prepared.baseline].filter(
    (fingerprint) => isOldSecretEntry(fingerprint) && !moved.has(fingerprint)
  );
  if (baselineMoves.length > 0) {
    let kept = [...prepared.baseline].filter((fingerprint) => !moved.has(fingerprint));
    await writeOutput(
      prepared.baselinePath,
      formatBaselineFingerprints([...kept, ...baselineMoves.map((m) => m.to)])
    ), said.push(
      `Rewrote ${moved.size} baseline entr${moved.size === 1 ? "y" : "ies"} in ${displayPath(cwd, prepared.baselinePath)}.`
    );
  }
  if (said.length === 0 && said.push("Nothing to migrate: no old-form entry matched a finding."), leftInIgnore.length + leftInBaseline.length > 0) {
    let where = [
      ...leftInIgnore.map((entry) => `.mandateignore line ${entry.line}`),
      ...leftInBaseline.length === 0 ? [] : [`${leftInBaseline.length} baseline entr${leftInBaseline.length === 1 ? "y" : "ies"}`]
    ];
    said.push(
      `Not migrated (${where.join(", ")}): the secret they name was not found in ${prepared.changeSet.description}. Run the migration over the scope that finds it (the repository root, or \`--history\`), or remove the entries if the secret is gone.`
    );
  }
  return said.push("Commit the rewritten files: they hold keyed hashes only, no secrets."), process.stdout.write(`${said.join(`
`)}
`), 0;
}
function isOldSecretEntry(fingerprint) {
  let parsed = parseFingerprint(fingerprint);
  return parsed !== null && !parsed.keyed && !/^(?:policy|review)\//.test(parsed.ruleId);
}
async function runRules(flags) {
  let cwd = process.cwd(), repoRoot = await findRepoRoot(cwd), config = await loadConfig({
    cwd: CONFIG_NAMES.some((name) => existsSync(join2(cwd, name))) ? cwd : repoRoot ?? cwd,
    ...flags.config === void 0 ? {} : { file: resolve(cwd, flags.config) }
  }), rules = compileRules(resolveSecretRules(config, builtinPacks()), {
    allowlist: config.allowlist,
    overrides: config.overrides
  }), reviews = resolveReviewRequirements(config, builtinPacks()), reviewInfos = reviews.map(({ spec, origin }) => ({
    id: `review/${spec.name}`,
    kind: "review",
    title: `Required review: ${spec.name}`,
    provider: origin,
    severity: "high",
    blocking: !0,
    description: spec.description ?? "",
    remediation: `Get ${approversOf(spec.require)} on the latest commit.`,
    tags: ["review"]
  })), policyInfos = Object.values(POLICY_RULES);
  if (flags.format === "json")
    return process.stdout.write(
      `${JSON.stringify([...rules.infos, ...reviewInfos, ...policyInfos], null, 2)}
`
    ), 0;
  let c = import_picocolors2.default.createColors(wantsColor(flags.color)), all = [...rules.infos, ...reviewInfos, ...policyInfos], idWidth = Math.max(...all.map((r) => r.id.length)), providerWidth = Math.max(...all.map((r) => r.provider.length)), row = (r) => `${r.id.padEnd(idWidth)}  ${r.provider.padEnd(providerWidth)}  ${r.severity.padEnd(8)}  ${r.blocking ? c.red("blocks") : c.yellow("warns")}`, sections = [
    `${c.bold(`${"id".padEnd(idWidth)}  ${"provider".padEnd(providerWidth)}  severity  effect`)}
${rules.infos.map(row).join(`
`)}
${rules.infos.length} rules (fail_on: ${config.failOn})`,
    reviews.length === 0 ? "Required reviews: none (enable the built-in ones with `extends: [recommended, reviews-recommended]`)." : `${c.bold("Required reviews")} (judged on pull requests by the Action; the hook only says which will apply)
${reviews.map(
      ({ spec, origin }) => `${`review/${spec.name}`.padEnd(idWidth)}  needs ${approversOf(spec.require)}  (${origin})`
    ).join(`
`)}`,
    `${c.bold("Policy documents")} (\`mandate check\`; block in CI: ${config.policies.block.ci ? "yes" : "no"}, in the hook: ${config.policies.block.hook ? "yes" : "no"})
${policyInfos.map(row).join(`
`)}`
  ];
  return process.stdout.write(`${sections.join(`

`)}
`), 0;
}
function approversOf(require2) {
  let who = [...require2.teams ?? [], ...require2.users ?? []].map((name) => `@${name}`), count = require2.count ?? 1;
  return `${count} approval${count === 1 ? "" : "s"} from ${who.join(" or ") || "nobody (no team or user listed)"}`;
}
async function runInit(flags) {
  let cwd = process.cwd(), repoRoot = await findRepoRoot(cwd);
  if (repoRoot === null)
    throw new MandateError(`${cwd} is not inside a git repository.`, {
      hint: "Run `git init` first, then `mandate init`."
    });
  let { initProject } = await import("./chunks/init-2743WBEJ.js"), result = await initProject({
    repoRoot,
    cwd,
    ...flags.force ? { force: !0 } : {},
    hookManager: flags.hookManager
  }), doctor = await import("./chunks/doctor-T2YCO7B2.js"), activated = await doctor.activateHookManager(repoRoot, result.manager);
  activated.action !== void 0 && result.actions.push(activated.action);
  let checks = [
    await doctor.checkHook(repoRoot, result.manager),
    await doctor.checkBinary(repoRoot)
  ];
  for (let action of result.actions) process.stdout.write(`\u2022 ${action}
`);
  process.stdout.write(`${doctor.formatChecks(checks)}
`);
  let failed = checks.filter((check) => check.status === "fail");
  if (failed.length > 0) {
    let todo = [
      .../* @__PURE__ */ new Set([
        ...result.pending,
        ...activated.pending === void 0 ? [] : [activated.pending],
        ...failed.map((check) => check.fix ?? check.detail)
      ])
    ];
    return process.stdout.write(
      `mandate is set up (${result.manager}) but does NOT run on commits yet. Run: ${todo.map((step) => `\`${step}\``).join(", then ")}; then \`mandate doctor\` to confirm.
`
    ), 1;
  }
  return process.stdout.write(
    `mandate runs on every commit now (${result.manager}): checked that git runs the hook and the hook finds mandate.
`
  ), 0;
}
async function runDoctor() {
  let cwd = process.cwd(), repoRoot = await findRepoRoot(cwd);
  if (repoRoot === null)
    throw new MandateError(`${cwd} is not inside a git repository.`, {
      hint: "Run `mandate doctor` inside the repository to check."
    });
  let { runDoctorChecks, formatChecks } = await import("./chunks/doctor-T2YCO7B2.js"), checks = await runDoctorChecks(repoRoot);
  process.stdout.write(`${formatChecks(checks)}
`);
  let failed = checks.filter((check) => check.status === "fail").length;
  return process.stdout.write(
    failed === 0 ? `mandate doctor: all checks passed.
` : `mandate doctor: ${failed} check${failed === 1 ? "" : "s"} failed (see fix: above).
`
  ), failed === 0 ? 0 : 1;
}

// src/cli/main.ts
var FORMATS = ["text", "json", "sarif", "markdown"];
function addScanOptions(command) {
  return command.argument("[paths...]", "files or directories to scan (default: the current directory)").option("--staged", "scan what is staged in the git index (the pre-commit scope)").option("--diff <range>", "scan the lines a commit range adds: BASE..HEAD or BASE...HEAD").option("--history [range]", "scan every commit of a range (default: all of HEAD)").addOption(new Option("--format <format>", "report format").choices(FORMATS).default("text")).option("--output <file>", "write the report to a file instead of standard output").option("--config <file>", "config file (default: .mandate.yml in the root)").option("--baseline <file>", "baseline of accepted findings (default: .mandate-baseline.json)").option("--ignore-file <file>", "fingerprints to ignore (default: .mandateignore)").option("--no-gitignore", "also scan files that .gitignore excludes").option("--no-color", "no colours in text output").option("-q, --quiet", "only findings and the verdict").option(
    "-j, --jobs <n>",
    "threads that read and scan a directory (default: chosen from the cores and the tree size; 1: one thread)",
    parseJobs
  ).addOption(
    new Option(
      "--mode <mode>",
      "hook, ci or local (default: ci when CI is set, hook for --staged)"
    ).choices(["hook", "ci", "local"])
  );
}
function parseJobs(value) {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64)
    throw new InvalidArgumentError("Give a whole number from 1 to 64.");
  return Number(value);
}
async function main(argv) {
  let exitCode = 0, program2 = new Command("mandate").description(
    "Security policy as code: secret scanning, required reviewers and policy freshness."
  ).version(VERSION, "-v, --version").showHelpAfterError("(run mandate --help for usage)").exitOverride();
  addScanOptions(
    program2.command("scan").description("scan files, staged changes, a commit range or history for secrets")
  ).action(async (paths, flags) => {
    exitCode = await runScan(paths, flags, "scan");
  }), addScanOptions(
    program2.command("check").description(
      "run every policy family that applies to the scope: secrets, and the policy documents (stale ones block in CI, warn in the hook)"
    )
  ).action(async (paths, flags) => {
    exitCode = await runScan(paths, flags, "check");
  }), addScanOptions(
    program2.command("baseline").description("accept the current findings: write a stable, hash-only baseline file").option(
      "--migrate",
      "rewrite old-form .mandateignore and baseline entries (unsalted, folder-relative) to current fingerprints instead"
    )
  ).action(async (paths, flags) => {
    exitCode = await runBaseline(paths, flags);
  }), program2.command("rules").description("list the secret rules in force (built-in packs plus your config)").addOption(
    new Option("--format <format>", "output format").choices(["text", "json"]).default("text")
  ).option("--config <file>", "config file (default: .mandate.yml)").option("--no-color", "no colours").action(async (flags) => {
    exitCode = await runRules(flags);
  }), program2.command("policies").description(
    "print the policy register: title, owner, last reviewed, due date and status of each policy document"
  ).addOption(
    new Option("--format <format>", "output format").choices(["text", "json", "markdown"]).default("text")
  ).option("--config <file>", "config file (default: .mandate.yml)").option("--no-color", "no colours").action(async (flags) => {
    exitCode = await (await import("./chunks/policies-JYH3ES5N.js")).runPolicies(flags);
  }), program2.command("init").description(
    "install the pre-commit hook (husky, lefthook, pre-commit or plain git) and a starter config"
  ).addOption(
    new Option("--hook-manager <name>", "which hook manager to use").choices(["auto", "husky", "lefthook", "pre-commit", "git"]).default("auto")
  ).option("--force", "replace an existing foreign pre-commit hook").action(async (flags) => {
    exitCode = await runInit(flags);
  }), program2.command("doctor").description(
    "check that mandate is really on: git runs the hook, the hook finds mandate, the config is valid, and a workflow runs the Action with the permissions it needs"
  ).action(async () => {
    exitCode = await runDoctor();
  });
  try {
    await program2.parseAsync(argv);
  } catch (error) {
    return error instanceof CommanderError ? error.exitCode === 0 ? 0 : 2 : reportFatal(error);
  }
  return exitCode;
}

// src/cli/index.ts
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.exitCode = reportFatal(error);
  }
);
