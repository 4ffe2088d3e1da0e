using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace IpCity.IpData.Data;

/// <summary>
/// Inserts rows that are certainly new with prepared multi-row INSERTs on the context's connection and
/// transaction, built from the EF model (table, columns, type mappings and value converters — the same storage
/// EF uses), for the bulk of an import where change tracking costs more than the data. Generated keys are not
/// read back: the caller looks them up by natural key.
/// </summary>
internal sealed class BulkInserter : IAsyncDisposable
{
    /// <summary>Microsoft.Data.Sqlite binds parameters by name, so a statement costs the square of its parameter count: keep statements short.</summary>
    private const int RowsPerStatement = 32;

    /// <summary>Table layouts (SQL prefix, getters, mappings) per model and entity type, built once per process.</summary>
    private static readonly ConcurrentDictionary<(IModel Model, Type Type), Layout> s_layouts = new();

    private readonly DbContext _db;
    private readonly Dictionary<(Type, int), DbCommand> _commands = [];

    public BulkInserter(DbContext db) => _db = db;

    public async Task InsertManyAsync<T>(IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        var layout = s_layouts.GetOrAdd((_db.Model, typeof(T)), key => Describe(key.Model, key.Type, _db.GetService<ISqlGenerationHelper>()));
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            var command = Command(typeof(T), layout, count);
            var i = 0;
            for (var r = start; r < start + count; r++)
            {
                foreach (var column in layout.Columns)
                {
                    var value = column.Get(rows[r]);
                    if (value is not null && column.Mapping.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    command.Parameters[i++].Value = value ?? DBNull.Value;
                }
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private DbCommand Command(Type type, Layout layout, int rows)
    {
        if (_commands.TryGetValue((type, rows), out var ready))
        {
            return ready;
        }

        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        var values = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new List<string>(layout.Columns.Count);
            foreach (var column in layout.Columns)
            {
                var parameter = column.Mapping.CreateParameter(command, "@m" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture), null, true);
                command.Parameters.Add(parameter);
                names.Add(parameter.ParameterName);
            }

            values.Add("(" + string.Join(", ", names) + ")");
        }

        command.CommandText = layout.Insert + " VALUES " + string.Join(", ", values);
        command.Prepare();
        _commands[(type, rows)] = command;
        return command;
    }

    private static Layout Describe(IModel model, Type type, ISqlGenerationHelper sql)
    {
        var entityType = model.FindEntityType(type) ?? throw new InvalidOperationException("not an entity: " + type.Name);
        var table = entityType.GetTableName()!;
        var schema = entityType.GetSchema();
        var store = StoreObjectIdentifier.Table(table, schema);
        var names = new List<string>();
        var columns = new List<Column>();
        // Every column but a key the database generates.
        foreach (var property in entityType.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)))
        {
            if (property.PropertyInfo is null)
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} is a shadow property; the bulk path needs CLR properties");
            }

            names.Add(sql.DelimitIdentifier(property.GetColumnName(store)!));
            columns.Add(new Column(Getter(property.PropertyInfo), (RelationalTypeMapping)property.GetRelationalTypeMapping()));
        }

        return new Layout($"INSERT INTO {sql.DelimitIdentifier(table, schema)} ({string.Join(", ", names)})", columns);
    }

    private static Func<object, object?> Getter(System.Reflection.PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object));
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
    }

    private sealed record Layout(string Insert, IReadOnlyList<Column> Columns);

    private sealed record Column(Func<object, object?> Get, RelationalTypeMapping Mapping);
}
