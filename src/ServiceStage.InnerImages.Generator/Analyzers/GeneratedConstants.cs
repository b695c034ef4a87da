using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ServiceStage.InnerImages.Generator.Analyzers;

/// <summary>
/// The image constants that the generator emitted into a compilation, found through symbols
/// so that every name is the one the generated code has, collision suffixes included.
/// </summary>
/// <remarks>
/// A generated constant is a <c>const string</c> field of a class nested in a catalog class,
/// and a catalog class carries <c>[GeneratedCode("ServiceStage.InnerImages.Generator", …)]</c>.
/// </remarks>
internal sealed class GeneratedConstants
{
    public const string GeneratorName = "ServiceStage.InnerImages.Generator";

    // Keys of the diagnostic properties that carry a constant to the code fixes.
    public const string NamespaceProperty = "InnerImagesNamespace";
    public const string ConstantNameProperty = "InnerImagesConstantName";

    private const string GeneratedCodeAttributeName = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    private readonly Dictionary<string, IFieldSymbol> _fieldsByUrl;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _isCatalogClass = new(SymbolEqualityComparer.Default);

    private GeneratedConstants(Dictionary<string, IFieldSymbol> fieldsByUrl)
    {
        _fieldsByUrl = fieldsByUrl;
    }

    /// <summary>
    /// Collects the constants of every catalog class that this compilation declares in
    /// <paramref name="namespaceName"/>. When two catalogs hold the same address, the class
    /// whose name sorts first (ordinal) supplies the constant.
    /// </summary>
    public static GeneratedConstants Collect(Compilation compilation, string namespaceName)
    {
        var fieldsByUrl = new Dictionary<string, IFieldSymbol>(StringComparer.Ordinal);
        var namespaceSymbol = FindNamespace(compilation.Assembly.GlobalNamespace, namespaceName);
        if (namespaceSymbol is null)
        {
            return new GeneratedConstants(fieldsByUrl);
        }

        var catalogClasses = new List<INamedTypeSymbol>();
        foreach (var type in namespaceSymbol.GetTypeMembers())
        {
            if (HasGeneratorAttribute(type))
            {
                catalogClasses.Add(type);
            }
        }

        catalogClasses.Sort(static (x, y) => string.CompareOrdinal(x.Name, y.Name));
        foreach (var catalogClass in catalogClasses)
        {
            AddConstants(catalogClass, fieldsByUrl);
        }

        return new GeneratedConstants(fieldsByUrl);
    }

    /// <summary>Returns the generated constant whose value is <paramref name="url"/>, or null.</summary>
    public IFieldSymbol? Find(string url) => _fieldsByUrl.TryGetValue(url, out var field) ? field : null;

    /// <summary>True when <paramref name="field"/> is a generated image constant, in this assembly or a referenced one.</summary>
    public bool IsGeneratedConstant(IFieldSymbol field)
    {
        if (!field.IsConst || field.ConstantValue is not string || field.ContainingType?.ContainingType is not { } catalogClass)
        {
            return false;
        }

        return _isCatalogClass.GetOrAdd(catalogClass, static type => HasGeneratorAttribute(type));
    }

    /// <summary>
    /// Returns the name of a generated constant as code in its namespace writes it, such as
    /// <c>InnerImages.Java.Openjdk_x86_64_17_1_3_6</c>, and the namespace it needs.
    /// </summary>
    public static string QualifiedName(IFieldSymbol field, out string namespaceName)
    {
        var stackClass = field.ContainingType;
        var catalogClass = stackClass.ContainingType;
        namespaceName = catalogClass.ContainingNamespace.ToDisplayString();
        return catalogClass.Name + "." + stackClass.Name + "." + field.Name;
    }

    /// <summary>Returns the diagnostic properties that let a code fix write <paramref name="field"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Properties(IFieldSymbol field)
    {
        var name = QualifiedName(field, out var namespaceName);
        yield return new KeyValuePair<string, string?>(NamespaceProperty, namespaceName);
        yield return new KeyValuePair<string, string?>(ConstantNameProperty, name);
    }

    private static void AddConstants(INamedTypeSymbol catalogClass, Dictionary<string, IFieldSymbol> fieldsByUrl)
    {
        foreach (var stackClass in catalogClass.GetTypeMembers())
        {
            foreach (var member in stackClass.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string url } field && !fieldsByUrl.ContainsKey(url))
                {
                    fieldsByUrl.Add(url, field);
                }
            }
        }
    }

    private static INamespaceSymbol? FindNamespace(INamespaceSymbol global, string namespaceName)
    {
        var current = global;
        foreach (var segment in namespaceName.Split('.'))
        {
            INamespaceSymbol? next = null;
            foreach (var member in current.GetNamespaceMembers())
            {
                if (member.Name == segment)
                {
                    next = member;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static bool HasGeneratorAttribute(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == GeneratedCodeAttributeName
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is GeneratorName)
            {
                return true;
            }
        }

        return false;
    }
}
